package dev.chromasetup.aws;

import java.time.Instant;
import java.util.Map;

/** A stack as DescribeStacks reports it. Parameters never include NoEcho values (AWS masks them). */
public record StackInfo(
        String stackId,
        String stackName,
        String status,
        String statusReason,
        Instant createdAt,
        Map<String, String> parameters,
        Map<String, String> outputs,
        Map<String, String> tags) {

    public StackInfo {
        parameters = Map.copyOf(parameters);
        outputs = Map.copyOf(outputs);
        tags = Map.copyOf(tags);
    }
}
