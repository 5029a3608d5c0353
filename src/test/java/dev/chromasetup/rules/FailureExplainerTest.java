package dev.chromasetup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.rules.FailureExplainer.Diagnosis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailureExplainerTest {
    private static final String STACK = "my-chroma-stack";
    private final FailureExplainer explainer = new FailureExplainer("eu-west-3");
    private int seq;

    private StackEvent stack(String status, String reason) {
        return new StackEvent("e" + seq++, "arn:stack", STACK, STACK, "arn:stack", "AWS::CloudFormation::Stack", Instant.EPOCH.plusSeconds(seq), status, reason);
    }

    private StackEvent res(String id, String type, String status, String reason) {
        return new StackEvent("e" + seq++, "arn:stack", STACK, id, "", type, Instant.EPOCH.plusSeconds(seq), status, reason);
    }

    private StackEvent sg(String status, String reason) {
        return res("ChromaInstanceSecurityGroup", "AWS::EC2::SecurityGroup", status, reason);
    }

    private StackEvent instance(String status, String reason) {
        return res("ChromaInstance", "AWS::EC2::Instance", status, reason);
    }

    private Diagnosis explainInstanceFailure(String reason) {
        return explainer.explain(List.of(
                stack("CREATE_IN_PROGRESS", "User Initiated"),
                sg("CREATE_COMPLETE", null),
                instance("CREATE_FAILED", reason),
                stack("ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: [ChromaInstance]. Rollback requested by user."),
                stack("ROLLBACK_COMPLETE", null))).orElseThrow();
    }

    @Test
    void noFailureNoDiagnosis() {
        assertThat(explainer.explain(List.of(stack("CREATE_IN_PROGRESS", "User Initiated"), sg("CREATE_COMPLETE", null),
                stack("CONFIGURATION_COMPLETE", null), stack("CREATE_COMPLETE", null)))).isEmpty();
    }

    @Test
    void noDefaultVpcIsTheRootCauseNotTheCancelledInstance() {
        List<StackEvent> events = new ArrayList<>(List.of(
                stack("CREATE_IN_PROGRESS", "User Initiated"),
                instance("CREATE_FAILED", "Resource creation cancelled"),
                sg("CREATE_FAILED", "No default VPC for this user (Service: AmazonEC2; Status Code: 400; Error Code: VPCIdNotSpecified; Request ID: 1)"),
                stack("ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: [ChromaInstanceSecurityGroup]. Rollback requested by user."),
                sg("DELETE_COMPLETE", null),
                stack("ROLLBACK_COMPLETE", null)));
        Diagnosis d = explainer.explain(events).orElseThrow();
        assertThat(d.resource()).isEqualTo("ChromaInstanceSecurityGroup");
        assertThat(d.humanResource()).isEqualTo("Firewall (security group)");
        assertThat(d.what()).isEqualTo("Firewall (security group) could not be created: this region has no default VPC");
        assertThat(d.rawReason()).startsWith("No default VPC for this user");
        assertThat(d.fix()).contains("chroma-setup --create-default-vpc").contains("aws ec2 create-default-vpc --region eu-west-3");
    }

    @Test
    void explainsKnownInstanceFailures() {
        assertThat(explainInstanceFailure("The key pair 'mykey' does not exist (Service: AmazonEC2)").what()).contains("'mykey'").contains("eu-west-3");
        assertThat(explainInstanceFailure("Your requested instance type (m5.large) is not supported in your requested Availability Zone (eu-west-3c). Unsupported").fix())
                .contains("another instance type");
        assertThat(explainInstanceFailure("The requested configuration is currently not supported. Please check the documentation").why())
                .contains("not offered");
        assertThat(explainInstanceFailure("You have requested more vCPU capacity than your current vCPU limit of 32 allows (VcpuLimitExceeded)").fix())
                .contains("Service Quotas").contains("smaller");
        assertThat(explainInstanceFailure("We currently do not have sufficient capacity... (Error Code: InsufficientInstanceCapacity)").fix())
                .contains("try again in a few minutes");
        assertThat(explainInstanceFailure("The architecture 'arm64' of the specified instance type does not match the architecture 'x86_64' of the specified AMI.").why())
                .contains("arm64").contains("x86_64");
        assertThat(explainInstanceFailure("User: arn:aws:iam::1:user/bob is not authorized to perform: ec2:RunInstances on resource (UnauthorizedOperation)").fix())
                .contains("ec2:RunInstances");
        assertThat(explainInstanceFailure("Access Denied (Service: AmazonEC2; Error Code: AccessDenied)").why()).contains("IAM");
    }

    @Test
    void fallsBackToTheStackReason() {
        Diagnosis d = explainer.explain(List.of(
                stack("CREATE_IN_PROGRESS", "User Initiated"),
                stack("ROLLBACK_IN_PROGRESS", "Template error: Unable to get mapping for Region2AMI::af-south-1::AMI"),
                stack("ROLLBACK_COMPLETE", null))).orElseThrow();
        assertThat(d.humanResource()).isEqualTo("Stack");
        assertThat(d.what()).contains("does not support eu-west-3");
        assertThat(d.fix()).contains("us-east-1");
    }

    @Test
    void unknownReasonIsShownSanitized() {
        Diagnosis d = explainInstanceFailure("Something \u001B[31mnew\u001B[0m\nhappened");
        assertThat(d.rawReason()).isEqualTo("Something new happened");
        assertThat(d.what()).isEqualTo("Chroma server (EC2 instance) could not be created");
        assertThat(d.why()).isEqualTo("Something new happened");
    }

    @Test
    void rootCauseSkipsCascades() {
        Optional<StackEvent> root = FailureExplainer.rootCause(List.of(
                instance("CREATE_FAILED", "Resource creation cancelled"),
                stack("ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: [ChromaInstance]. ")));
        assertThat(root).get().extracting(StackEvent::status).isEqualTo("ROLLBACK_IN_PROGRESS");
    }
}
