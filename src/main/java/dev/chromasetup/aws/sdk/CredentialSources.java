package dev.chromasetup.aws.sdk;

import java.util.Optional;

/**
 * Turns the SDK's provider name (e.g. "ProfileCredentialsProvider", sometimes with a suffix) into the
 * words the credentials screen shows: "environment variables", "profile dev", "SSO profile dev".
 */
final class CredentialSources {
    private CredentialSources() {
    }

    static String describe(Optional<String> providerName, String profileName) {
        String p = providerName.orElse("");
        if (p.contains("Sso")) {
            return "SSO profile " + profileName;
        }
        if (p.contains("EnvironmentVariable")) {
            return "environment variables";
        }
        if (p.contains("SystemProperty")) {
            return "Java system properties";
        }
        if (p.contains("WebIdentity")) {
            return "web identity token";
        }
        if (p.contains("AssumeRole")) {
            return "assumed role of profile " + profileName;
        }
        if (p.contains("Process")) {
            return "credential_process of profile " + profileName;
        }
        if (p.contains("Profile")) {
            return "profile " + profileName;
        }
        if (p.contains("Container")) {
            return "container credentials";
        }
        if (p.contains("InstanceProfile")) {
            return "EC2 instance role";
        }
        return p.isEmpty() ? "unknown source" : AwsErrors.sanitize(p);
    }
}
