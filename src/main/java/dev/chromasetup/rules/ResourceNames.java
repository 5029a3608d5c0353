package dev.chromasetup.rules;

import dev.chromasetup.text.TextSanitizer;
import java.util.Map;

/**
 * Human names for the resources a Chroma stack creates: the people running this know Python, not
 * CloudFormation, so "Firewall (security group)" says more than "ChromaInstanceSecurityGroup".
 */
public final class ResourceNames {
    public static final String STACK_TYPE = "AWS::CloudFormation::Stack";

    private static final Map<String, String> BY_LOGICAL_ID = Map.of(
            "ChromaInstance", "Chroma server (EC2 instance)",
            "ChromaInstanceSecurityGroup", "Firewall (security group)");

    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("AWS::EC2::Instance", "Chroma server (EC2 instance)"),
            Map.entry("AWS::EC2::SecurityGroup", "Firewall (security group)"),
            Map.entry("AWS::EC2::SecurityGroupIngress", "Firewall rule for SSH"),
            Map.entry("AWS::EC2::EIP", "Fixed address (Elastic IP)"),
            Map.entry("AWS::EC2::Volume", "Data volume (EBS)"),
            Map.entry("AWS::EC2::VolumeAttachment", "Data volume attachment"),
            Map.entry("AWS::IAM::Role", "Server role (for Systems Manager)"),
            Map.entry("AWS::IAM::InstanceProfile", "Server role profile"),
            Map.entry("AWS::CloudFormation::WaitCondition", "Chroma answers (ready signal)"),
            Map.entry(STACK_TYPE, "Stack"));

    private ResourceNames() {
    }

    /** The name to show for one resource; unknown ones keep their ids so nothing is hidden. */
    public static String human(String logicalId, String type) {
        String byId = logicalId == null ? null : BY_LOGICAL_ID.get(logicalId);
        if (byId != null) {
            return byId;
        }
        String byType = type == null ? null : BY_TYPE.get(type);
        if (byType != null) {
            return byType;
        }
        String id = TextSanitizer.sanitize(logicalId == null || logicalId.isBlank() ? "(unnamed)" : logicalId);
        return type == null || type.isBlank() ? id : id + " (" + TextSanitizer.sanitize(type) + ")";
    }
}
