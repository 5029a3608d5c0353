package dev.chromasetup.aws;

/**
 * Who the credentials belong to. {@code maskedAccessKey} is already masked (AKIA…WXYZ); the secret key
 * and session token never leave the SDK adapter. {@code source} says where the credentials came from
 * ("environment", "profile default", "SSO profile dev", ...).
 */
public record CallerIdentity(String account, String arn, String maskedAccessKey, String source) {
}
