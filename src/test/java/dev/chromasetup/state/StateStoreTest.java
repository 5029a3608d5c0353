package dev.chromasetup.state;

import dev.chromasetup.text.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StateStoreTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("cfg/chroma-setup/state.json");
    }

    private static StackRecord record(String name, String region) {
        return new StackRecord(name, region, "arn:aws:cloudformation:" + region + ":1:stack/" + name + "/u", "t3.small",
                "my-key", "1.5.9", "https://otel.example.com", "chroma", NOW);
    }

    @Test
    void aMissingFileIsAnEmptyStateWithoutWarning() {
        StateStore.Loaded loaded = new StateStore(file()).load();
        assertThat(loaded.state().stacks()).isEmpty();
        assertThat(loaded.warning()).isEmpty();
    }

    @Test
    void savesAndLoadsBackWithOwnerOnlyPermissionsAndAVersion() throws IOException {
        StateStore store = new StateStore(file());
        SavedState state = SavedState.empty().with(record("a", "us-east-1")).with(record("b", "eu-west-1"));

        assertThat(store.save(state)).isEmpty();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent()))).isEqualTo("rwx------");
        assertThat(Files.readString(file())).contains("\"version\" : 1");
        StateStore.Loaded loaded = new StateStore(file()).load();
        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.state()).isEqualTo(state);
        assertThat(loaded.state().find("a", "us-east-1")).contains(record("a", "us-east-1"));
        assertThat(loaded.state().find("a", "eu-west-1")).isEmpty();
        try (var files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json"); // no temp left
        }
    }

    @Test
    void theSameStackIsReplacedAndDestroyedStacksForgotten() {
        SavedState s = SavedState.empty().with(record("a", "us-east-1"));
        StackRecord newer = new StackRecord("a", "us-east-1", "id2", "t3.medium", "", "", "", "", NOW.plusSeconds(5));
        s = s.with(newer);
        assertThat(s.stacks()).containsExactly(newer);
        assertThat(s.latest()).contains(newer);
        assertThat(s.without("a", "us-east-1").stacks()).isEmpty();
    }

    @Test
    void aRecordHasNoPlaceForASecret() {
        assertThat(Arrays.stream(StackRecord.class.getRecordComponents()).map(RecordComponent::getType))
                .doesNotContain((Class) Secret.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[]", "{\"stacks\": []}", "{\"version\": \"1\"}", "null", "",
            "{\"version\": 1, \"stacks\": {\"a\": 1}}", "{\"version\": 0, \"stacks\": []}"})
    void aCorruptFileWarnsAndStartsFresh(String content) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), content);

        StateStore store = new StateStore(file());
        StateStore.Loaded loaded = store.load();

        assertThat(loaded.state().stacks()).isEmpty();
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains(file().toString())
                .contains("starting with no saved state"));

        // the next save keeps the old file aside instead of destroying it
        assertThat(store.save(SavedState.empty().with(record("a", "us-east-1")))).isEmpty();
        assertThat(Files.readString(file().resolveSibling("state.json.bak"))).isEqualTo(content);
        assertThat(new StateStore(file()).load().warning()).isEmpty();
    }

    @Test
    void invalidUtf8AndBinaryGarbageAreCorruptNotACrash() throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x1b, '[', '2', 'J', (byte) 0xc3});
        StateStore.Loaded loaded = new StateStore(file()).load();
        assertThat(loaded.state().stacks()).isEmpty();
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).doesNotContain("\u001b"));
    }

    @Test
    void aFutureVersionIsNotReadButKept() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"version\": 7, \"stacks\": [], \"newThing\": true}");
        StateStore.Loaded loaded = new StateStore(file()).load();
        assertThat(loaded.state().stacks()).isEmpty();
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("newer chroma-setup")
                .contains("version 7"));
    }

    @Test
    void aHugeFileIsNotRead() throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[(int) StateStore.MAX_BYTES + 1]);
        assertThat(new StateStore(file()).load().warning()).hasValueSatisfying(w -> assertThat(w).contains("too large"));
    }

    @Test
    void anUnreadableFileWarns() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{}");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("---------"));
        StateStore.Loaded loaded = new StateStore(file()).load();
        if (Files.isReadable(file())) {
            return; // running as root: permissions do not apply
        }
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("cannot be read"));
    }

    @Test
    void entriesWithEscapeSequencesOrWrongTypesAreDroppedWithAWarning() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"version\":1,\"stacks\":["
                + "{\"stackName\":\"ok\",\"region\":\"us-east-1\",\"unknownField\":3},"
                + "{\"stackName\":\"evil\\u001b]0;pwned\\u0007\",\"region\":\"us-east-1\"},"
                + "{\"stackName\":42,\"region\":\"us-east-1\"},"
                + "{\"region\":\"us-east-1\"}, 17]}", StandardCharsets.UTF_8);
        StateStore.Loaded loaded = new StateStore(file()).load();
        assertThat(loaded.state().stacks()).extracting(StackRecord::stackName).containsExactly("ok");
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("4 unreadable stack entries"));
    }

    @Test
    void anUnwritableFolderIsAWarningNotACrash() throws IOException {
        Path blocker = dir.resolve("file-not-folder");
        Files.writeString(blocker, "x");
        StateStore store = new StateStore(blocker.resolve("chroma-setup/state.json"));
        assertThat(store.save(SavedState.empty().with(record("a", "us-east-1"))))
                .hasValueSatisfying(w -> assertThat(w).contains("Could not save"));
    }

    @Test
    void theDefaultFileFollowsXdgConfigHome() {
        Path home = Path.of("/home/u");
        assertThat(StateStore.defaultFile(Map.of("XDG_CONFIG_HOME", "/x/cfg"), home))
                .isEqualTo(Path.of("/x/cfg/chroma-setup/state.json"));
        assertThat(StateStore.defaultFile(Map.of("XDG_CONFIG_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/u/.config/chroma-setup/state.json"));
        assertThat(StateStore.defaultFile(Map.of(), home)).isEqualTo(Path.of("/home/u/.config/chroma-setup/state.json"));
    }
}
