package dev.chromasetup.aws;

import java.util.List;
import java.util.Optional;

/** One page of DescribeStackEvents: newest first, as the API returns them. */
public record EventPage(List<StackEvent> newestFirst, Optional<String> nextToken) {
    public EventPage {
        newestFirst = List.copyOf(newestFirst);
    }
}
