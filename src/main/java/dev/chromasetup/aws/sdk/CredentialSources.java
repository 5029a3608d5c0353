package dev.chromasetup.aws.sdk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the SDK's credentials provider name into the words the credentials screen shows ("environment
 * variables", "profile dev", "SSO profile dev"). SDK 2.57 reports comma-separated business-metric
 * codes there ("n" = profile, "r,s" = SSO profile; see BusinessMetricFeatureId), older releases the
 * provider class name: both are understood. Checked most specific first: an SSO profile is also a profile.
 */
final class CredentialSources {
    private record Source(Set<String> codes, String classPart, String words, boolean namesProfile) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(Set.of("r", "s", "t", "u"), "Sso", "SSO profile", true),
            new Source(Set.of("AC", "AD"), "Login", "console login of profile", true),
            new Source(Set.of("i", "j", "l", "m", "o"), "AssumeRole", "assumed role of profile", true),
            new Source(Set.of("h", "k", "q"), "WebIdentity", "web identity token", false),
            new Source(Set.of("v", "w"), "Process", "credential_process of profile", true),
            new Source(Set.of("0"), "InstanceProfile", "EC2 instance role", false),
            new Source(Set.of("n", "p"), "Profile", "profile", true),
            new Source(Set.of("g"), "EnvironmentVariable", "environment variables", false),
            new Source(Set.of("f"), "SystemProperty", "Java system properties", false),
            new Source(Set.of("z"), "Container", "container credentials", false));

    private CredentialSources() {
    }

    static String describe(Optional<String> providerName, String profileName) {
        List<String> parts = Arrays.stream(providerName.orElse("").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (Source source : SOURCES) {
            boolean matches = parts.stream().anyMatch(p -> source.codes().contains(p) || p.contains(source.classPart()));
            if (matches) {
                return source.namesProfile() ? source.words() + " " + profileName : source.words();
            }
        }
        return parts.isEmpty() ? "unknown source" : AwsErrors.sanitize(String.join(",", parts));
    }
}
