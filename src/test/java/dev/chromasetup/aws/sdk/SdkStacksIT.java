package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.aws.EventPage;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.aws.Stacks;
import dev.chromasetup.aws.TemplateSource;
import dev.chromasetup.errors.ExitCode;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.testing.MotoExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CloudFormation through the real SDK against moto, with the project's Chroma-like template. */
@ExtendWith(MotoExtension.class)
class SdkStacksIT {
    private static final String REGION = "us-west-2";
    private static SdkAwsConnector aws;
    private static String template;

    @BeforeAll
    static void connect(SdkAwsConnector connector) throws IOException {
        aws = connector; // closed by MotoExtension after the class
        template = Files.readString(Path.of("samples/moto/chroma-like.cf.json"));
    }

    private static CreateStackRequest request(String name) {
        return new CreateStackRequest(name, TemplateSource.ofBody(template),
                Map.of("InstanceType", "t3.small", "ChromaOtelCollectionHeaders", "{\"x-api-key\":\"sekrit-header\"}"),
                Map.of("created-by", "chroma-setup-it"), "token-" + UUID.randomUUID());
    }

    @Test
    void createDescribeEventsAndDelete() {
        Stacks stacks = aws.forRegion(REGION).stacks();

        String id = stacks.create(request("chroma-it-lifecycle"));
        assertThat(id).startsWith("arn:aws:cloudformation:" + REGION + ":123456789012:stack/chroma-it-lifecycle/");

        StackInfo byName = stacks.describe("chroma-it-lifecycle").orElseThrow();
        StackInfo byId = stacks.describe(id).orElseThrow();
        assertThat(byName.stackId()).isEqualTo(id);
        assertThat(byId.stackName()).isEqualTo("chroma-it-lifecycle");
        assertThat(byName.status()).isEqualTo("CREATE_COMPLETE");
        assertThat(byName.outputs()).containsKey("ServerIp");
        assertThat(byName.outputs().get("ServerIp")).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(byName.parameters()).containsEntry("InstanceType", "t3.small").containsKey("KeyName");
        assertThat(byName.tags()).containsEntry("created-by", "chroma-setup-it");
        assertThat(byName.createdAt()).isNotNull();

        EventPage page = stacks.events(id, null);
        assertThat(page.newestFirst()).isNotEmpty();
        assertThat(page.newestFirst()).allSatisfy(e -> assertThat(e.stackId()).isEqualTo(id));
        StackEvent newest = page.newestFirst().get(0);
        assertThat(newest.isStackEvent()).isTrue();
        assertThat(newest.status()).isEqualTo("CREATE_COMPLETE");
        assertThat(page.newestFirst()).extracting(StackEvent::timestamp)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(page.newestFirst()).filteredOn(StackEvent::isStackEvent).extracting(StackEvent::status)
                .contains("CREATE_IN_PROGRESS", "CREATE_COMPLETE");

        stacks.delete(id);
        assertThat(stacks.describe(id)).get().extracting(StackInfo::status).isEqualTo("DELETE_COMPLETE");
        assertThat(stacks.describe("chroma-it-lifecycle")).isEmpty();
    }

    @Test
    void onlyLiveStacksTaggedByChromaSetupAreListedAsManaged() {
        // A region no other test creates stacks in, so the listing is this test's alone.
        Stacks stacks = aws.forRegion("eu-west-1").stacks();
        Map<String, String> managed = Map.of(Stacks.CREATED_BY_TAG, Stacks.CREATED_BY_VALUE, "chroma-setup:version", "it");
        String tagged = stacks.create(new CreateStackRequest("chroma-it-managed", TemplateSource.ofBody(template),
                Map.of("InstanceType", "t3.small"), managed, "token-" + UUID.randomUUID()));
        stacks.create(new CreateStackRequest("chroma-it-unmanaged", TemplateSource.ofBody(template),
                Map.of("InstanceType", "t3.small"), Map.of("created-by", "someone-else"), "token-" + UUID.randomUUID()));
        stacks.create(new CreateStackRequest("chroma-it-other-value", TemplateSource.ofBody(template),
                Map.of("InstanceType", "t3.small"), Map.of(Stacks.CREATED_BY_TAG, "not-us"), "token-" + UUID.randomUUID()));
        String deleted = stacks.create(new CreateStackRequest("chroma-it-managed-deleted", TemplateSource.ofBody(template),
                Map.of("InstanceType", "t3.small"), managed, "token-" + UUID.randomUUID()));
        stacks.delete(deleted);

        assertThat(stacks.listManaged()).singleElement().satisfies(s -> {
            assertThat(s.stackId()).isEqualTo(tagged);
            assertThat(s.stackName()).isEqualTo("chroma-it-managed");
            assertThat(s.status()).isEqualTo("CREATE_COMPLETE");
            assertThat(s.tags()).containsEntry(Stacks.CREATED_BY_TAG, Stacks.CREATED_BY_VALUE);
            assertThat(s.outputs()).containsKey("ServerIp");
        });
    }

    @Test
    void aMissingStackIsEmpty() {
        assertThat(aws.forRegion(REGION).stacks().describe("chroma-it-never-created")).isEmpty();
    }

    @Test
    void aTakenNameIsBlockedWithTheCommandsToLookAtIt() {
        Stacks stacks = aws.forRegion(REGION).stacks();
        stacks.create(request("chroma-it-twice"));

        SetupException e = catchThrowableOfType(SetupException.class, () -> stacks.create(request("chroma-it-twice")));

        assertThat(e).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(e.what()).isEqualTo("Stack name taken");
        assertThat(e.fix()).contains("chroma-setup watch --stack-name chroma-it-twice --region " + REGION);
        assertThat(e.describe()).doesNotContain("sekrit-header");
    }

    @Test
    void repeatingACreateWithTheSameTokenReturnsTheSameStackInsteadOfFailing() {
        Stacks stacks = aws.forRegion(REGION).stacks();
        CreateStackRequest once = request("chroma-it-retried");
        String first = stacks.create(once);

        assertThat(stacks.create(once)).as("the same request again: ours, not 'already exists'").isEqualTo(first);
        assertThat(stacks.describe(first).orElseThrow().tags())
                .containsEntry(SdkStacks.TOKEN_TAG, once.clientRequestToken());
    }
}
