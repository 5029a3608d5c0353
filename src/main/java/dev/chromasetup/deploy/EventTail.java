package dev.chromasetup.deploy;

import dev.chromasetup.aws.AwsTransientException;
import dev.chromasetup.aws.EventPage;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.Stacks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Follows one stack's events by stack id. Each {@link #poll()} reads page 1 (newest first) and stops at
 * the last event already seen; it pages further only when that event is not on page 1, so a long
 * history is walked once, not on every tick. Returns the new events oldest first.
 *
 * <p>Thread-confined and never sleeps: the caller owns the schedule. State changes only after a poll
 * completes, so a poll that throws {@link AwsTransientException} midway loses nothing: the next poll
 * fetches the same events again.
 */
public final class EventTail {
    private final Stacks stacks;
    private final String stackId;
    private final Instant since;
    // A stack has at most a few hundred events: remembering all ids is cheap and makes duplicates
    // impossible even if AWS reorders events with the same timestamp across pages.
    private final Set<String> seen = new HashSet<>();
    private String lastSeenId;

    private EventTail(Stacks stacks, String stackId, Instant since) {
        this.stacks = Objects.requireNonNull(stacks);
        this.stackId = Objects.requireNonNull(stackId);
        this.since = since;
    }

    /** The first poll returns the whole history, so re-attaching shows what already happened. */
    public static EventTail fromStart(Stacks stacks, String stackId) {
        return new EventTail(stacks, stackId, null);
    }

    /** Skips events older than {@code since} (for watch): the first poll stops paging at that time. */
    public static EventTail fromNow(Stacks stacks, String stackId, Instant since) {
        return new EventTail(stacks, stackId, Objects.requireNonNull(since));
    }

    public String stackId() {
        return stackId;
    }

    /** Id of the newest event returned so far, if any. */
    public Optional<String> lastSeenId() {
        return Optional.ofNullable(lastSeenId);
    }

    /** New events since the previous poll, oldest first; may throw {@link AwsTransientException}. */
    public List<StackEvent> poll() {
        List<StackEvent> newestFirst = new ArrayList<>();
        String token = null;
        boolean reachedKnown = false;
        do {
            EventPage page = stacks.events(stackId, token);
            for (StackEvent event : page.newestFirst()) {
                if (isBoundary(event)) {
                    reachedKnown = true;
                    break;
                }
                newestFirst.add(event);
            }
            token = reachedKnown ? null : page.nextToken().orElse(null);
        } while (token != null);
        return remember(newestFirst);
    }

    private boolean isBoundary(StackEvent event) {
        if (lastSeenId != null) {
            return lastSeenId.equals(event.eventId());
        }
        // Before anything was seen, "from now" stops at the first event older than the cut-off.
        return since != null && event.timestamp() != null && event.timestamp().isBefore(since);
    }

    private List<StackEvent> remember(List<StackEvent> newestFirst) {
        if (!newestFirst.isEmpty()) {
            lastSeenId = newestFirst.get(0).eventId();
        }
        List<StackEvent> fresh = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            StackEvent event = newestFirst.get(i);
            if (seen.add(event.eventId())) {
                fresh.add(event);
            }
        }
        return Collections.unmodifiableList(fresh);
    }
}
