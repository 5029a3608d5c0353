package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.aws.TemplateSource;
import dev.chromasetup.errors.SetupException;
import dev.chromasetup.template.TemplateCatalog;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CreateStackResponse;

/** What SdkStacks sends with CreateStack (capabilities) and what it lets out of an error (no secrets). */
class SdkStacksCreateTest {
    private static final String TOKEN = "s3cr3t_Token-0123456789abcdef";
    private final AtomicReference<software.amazon.awssdk.services.cloudformation.model.CreateStackRequest> sent =
            new AtomicReference<>();
    private AwsServiceException failWith;

    /** A client that records CreateStack and answers it (or fails as told); other calls fail. */
    private CloudFormationClient client() {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("createStack")
                    && args[0] instanceof software.amazon.awssdk.services.cloudformation.model.CreateStackRequest) {
                sent.set((software.amazon.awssdk.services.cloudformation.model.CreateStackRequest) args[0]);
                if (failWith != null) {
                    throw failWith;
                }
                return CreateStackResponse.builder().stackId("arn:aws:cloudformation:us-east-1:1:stack/s/1").build();
            }
            if (method.getName().equals("close")) {
                return null;
            }
            if (method.isDefault()) { // the SDK's convenience overloads build the request and call the one above
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(method.getName());
        };
        return (CloudFormationClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CloudFormationClient.class}, h);
    }

    private SdkStacks stacks() {
        CloudFormationClient c = client();
        return new SdkStacks(() -> c, new AwsErrors("http://127.0.0.1:1", Optional.empty()));
    }

    private static CreateStackRequest request(TemplateSource source, Map<String, String> parameters) {
        return new CreateStackRequest("s", source, parameters, Map.of(), "t-1");
    }

    @Test
    void theHardenedTemplateIsAcknowledgedForItsIamRole() {
        stacks().create(request(TemplateSource.ofBody(TemplateCatalog.hardenedBody()), Map.of("AllowedCidr", "203.0.113.7/32")));
        assertThat(sent.get().capabilitiesAsStrings()).containsExactly("CAPABILITY_IAM");
    }

    @Test
    void templatesWithoutIamGetNoCapabilityAndNamedIamIsAskedForWhenNamed() {
        assertThat(SdkStacks.capabilities(TemplateSource.ofBody("{\"Resources\":{\"I\":{\"Type\":\"AWS::EC2::Instance\"}}}")))
                .isEmpty();
        assertThat(SdkStacks.capabilities(TemplateSource.ofUrl("https://example.invalid/chroma.cf.json"))).isEmpty();
        assertThat(SdkStacks.capabilities(TemplateSource.ofBody(
                "{\"Resources\":{\"R\":{\"Type\":\"AWS::IAM::Role\",\"Properties\":{\"RoleName\":\"x\"}}}}")))
                .containsExactly("CAPABILITY_NAMED_IAM");
        assertThat(SdkStacks.capabilities(TemplateSource.ofBody("not json"))).isEmpty();
    }

    @Test
    void aRejectedTokenIsNeverRepeatedInTheError() {
        failWith = (AwsServiceException) AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationError").serviceName("CloudFormation")
                        .errorMessage("Parameter AuthToken failed to satisfy constraint: value " + TOKEN + " is invalid").build())
                .statusCode(400).message("Parameter AuthToken value " + TOKEN).build();
        CreateStackRequest request = request(TemplateSource.ofBody(TemplateCatalog.hardenedBody()),
                Map.of("AllowedCidr", "203.0.113.7/32", "AuthToken", TOKEN));
        assertThat(request.toString()).doesNotContain(TOKEN);

        SetupException e = catchThrowableOfType(SetupException.class, () -> stacks().create(request));

        assertThat(e).isNotNull();
        assertThat(e.describe()).doesNotContain(TOKEN).contains("AuthToken");
        assertThat(String.valueOf(e)).doesNotContain(TOKEN);
        assertThat(e.getCause()).isNull();
    }
}
