package dev.chromasetup.aws;

import java.time.Instant;

/**
 * One CloudFormation stack event. Statuses are strings on purpose: CloudFormation adds statuses newer
 * than any SDK release (e.g. CONFIGURATION_COMPLETE) and we must never fail on one we do not know.
 * {@code reason} may hold text from AWS: sanitize before display.
 */
public record StackEvent(
        String eventId,
        String stackId,
        String stackName,
        String logicalId,
        String physicalId,
        String resourceType,
        Instant timestamp,
        String status,
        String reason) {

    /** True when this event is about the stack itself rather than one of its resources. */
    public boolean isStackEvent() {
        return "AWS::CloudFormation::Stack".equals(resourceType)
                || (logicalId != null && logicalId.equals(stackName));
    }
}
