package dev.chromasetup.deploy;

import dev.chromasetup.aws.StackEvent;
import java.time.Instant;
import java.util.List;

/** Events shaped like the real ones in /work/shared/reference/aws.md, oldest first. */
final class CfnEvents {
    static final String STACK_NAME = "chroma";
    static final String STACK_ID = "arn:aws:cloudformation:us-east-1:123456789012:stack/chroma/0a1b";
    static final String STACK_TYPE = "AWS::CloudFormation::Stack";
    static final String SG = "ChromaInstanceSecurityGroup";
    static final String SG_TYPE = "AWS::EC2::SecurityGroup";
    static final String INSTANCE = "ChromaInstance";
    static final String INSTANCE_TYPE = "AWS::EC2::Instance";
    static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    private CfnEvents() {
    }

    static StackEvent stack(int id, int second, String status, String reason) {
        return new StackEvent("e" + id, STACK_ID, STACK_NAME, STACK_NAME, STACK_ID, STACK_TYPE,
                T0.plusSeconds(second), status, reason);
    }

    static StackEvent sg(int id, int second, String status, String reason) {
        return new StackEvent("e" + id, STACK_ID, STACK_NAME, SG, second > 5 ? "sg-0abc" : "", SG_TYPE,
                T0.plusSeconds(second), status, reason);
    }

    static StackEvent instance(int id, int second, String status, String reason) {
        return new StackEvent("e" + id, STACK_ID, STACK_NAME, INSTANCE, second > 10 ? "i-0abc" : "",
                INSTANCE_TYPE, T0.plusSeconds(second), status, reason);
    }

    static List<StackEvent> healthyStart() {
        return List.of(
                stack(1, 0, "CREATE_IN_PROGRESS", "User Initiated"),
                sg(2, 2, "CREATE_IN_PROGRESS", null),
                sg(3, 3, "CREATE_IN_PROGRESS", "Resource creation Initiated"),
                sg(4, 8, "CREATE_COMPLETE", null));
    }

    static List<StackEvent> healthyEnd() {
        return List.of(
                instance(5, 9, "CREATE_IN_PROGRESS", null),
                instance(6, 11, "CREATE_IN_PROGRESS", "Resource creation Initiated"),
                instance(7, 45, "CREATE_COMPLETE", null),
                stack(8, 46, "CREATE_COMPLETE", null));
    }

    static List<StackEvent> noDefaultVpc() {
        return List.of(
                stack(1, 0, "CREATE_IN_PROGRESS", "User Initiated"),
                sg(2, 2, "CREATE_IN_PROGRESS", null),
                sg(3, 3, "CREATE_FAILED", "No default VPC for this user (Service: AmazonEC2; Status Code: 400;"
                        + " Error Code: VPCIdNotSpecified)"),
                stack(4, 4, "ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create:"
                        + " [ChromaInstanceSecurityGroup]. Rollback requested by user."),
                sg(5, 6, "DELETE_COMPLETE", null),
                stack(6, 7, "ROLLBACK_COMPLETE", null));
    }
}
