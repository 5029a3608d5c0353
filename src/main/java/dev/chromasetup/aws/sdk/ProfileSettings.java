package dev.chromasetup.aws.sdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The shared config and credentials files and the profile name, read from the injected environment
 * (not the SDK's own look at System.getenv) so tests can point them at empty files and a run always
 * uses one consistent view: AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, AWS_PROFILE, HOME.
 */
final class ProfileSettings {
    private final Map<String, String> env;
    private final Optional<String> explicitProfile;

    ProfileSettings(Optional<String> explicitProfile, Map<String, String> env) {
        this.explicitProfile = explicitProfile;
        this.env = env;
    }

    /** --profile, else AWS_PROFILE, else "default" (what the AWS CLI does). */
    String profileName() {
        return explicitProfile.or(() -> value("AWS_PROFILE")).orElse("default");
    }

    /** The profile named by the user or AWS_PROFILE, if any: used in fix texts. */
    Optional<String> namedProfile() {
        return explicitProfile.or(() -> value("AWS_PROFILE"));
    }

    /** Both files aggregated; a missing file simply contributes nothing. */
    ProfileFile profileFile() {
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        add(aggregator, location("AWS_CONFIG_FILE", "config"), ProfileFile.Type.CONFIGURATION);
        add(aggregator, location("AWS_SHARED_CREDENTIALS_FILE", "credentials"), ProfileFile.Type.CREDENTIALS);
        return aggregator.build();
    }

    private static void add(ProfileFile.Aggregator aggregator, Path file, ProfileFile.Type type) {
        if (Files.isRegularFile(file)) {
            aggregator.addFile(ProfileFile.builder().content(file).type(type).build());
        }
    }

    private Path location(String variable, String fileName) {
        return value(variable).map(ProfileSettings::expandHome).orElseGet(() -> home().resolve(".aws").resolve(fileName));
    }

    private static Path expandHome(String path) {
        return Path.of(path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path);
    }

    private Path home() {
        return Path.of(value("HOME").orElse(System.getProperty("user.home")));
    }

    Optional<String> value(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
