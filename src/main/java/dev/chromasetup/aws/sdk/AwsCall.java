package dev.chromasetup.aws.sdk;

import java.util.Objects;
import java.util.Set;

/**
 * What a failing SDK call was doing, so {@link AwsErrors} can say it in words: the API operation, the
 * IAM action it needs (named in "access denied" fixes), the stack it was about (for "name taken"),
 * and values that must be cut out of any AWS-provided text (CloudFormation parameter values).
 */
record AwsCall(String operation, String iamAction, String stackName, Set<String> redactions) {

    AwsCall {
        Objects.requireNonNull(operation);
        Objects.requireNonNull(iamAction);
        redactions = Set.copyOf(redactions);
    }

    static AwsCall of(String operation, String iamAction) {
        return new AwsCall(operation, iamAction, null, Set.of());
    }

    AwsCall forStack(String name) {
        return new AwsCall(operation, iamAction, name, redactions);
    }

    AwsCall redacting(Set<String> values) {
        return new AwsCall(operation, iamAction, stackName, values);
    }
}
