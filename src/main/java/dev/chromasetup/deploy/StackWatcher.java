package dev.chromasetup.deploy;

import dev.chromasetup.aws.AwsTransientException;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.aws.Stacks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call per tick: the stack's status, its new events and when to look again. The caller sleeps
 * (or schedules) {@link Tick#nextDelay()}; nothing here blocks or reads a clock.
 */
public final class StackWatcher {
    private final Stacks stacks;
    private final String stackId;
    private final EventTail tail;
    private final PollSchedule schedule;
    private String lastStatus;
    private String lastReason;

    public StackWatcher(Stacks stacks, EventTail tail, PollSchedule schedule) {
        this.stacks = Objects.requireNonNull(stacks);
        this.tail = Objects.requireNonNull(tail);
        this.stackId = tail.stackId();
        this.schedule = Objects.requireNonNull(schedule);
    }

    /**
     * @param status empty until the first successful describe; {@code gone} when AWS no longer knows
     *     the stack id at all
     * @param terminal true only when the status is stable AND the events up to it were read, so the
     *     caller can stop without missing the last rows
     */
    public record Tick(List<StackEvent> newEvents, Optional<String> status, Optional<String> statusReason,
            Map<String, String> outputs, boolean gone, boolean terminal, Duration nextDelay,
            Optional<String> notice) {
        public Tick {
            newEvents = List.copyOf(newEvents);
            outputs = Map.copyOf(outputs);
        }
    }

    public Tick tick(Instant now) {
        // Describe first, then events: the events read are then at least as new as the status, so a
        // terminal status never comes with its final events still unread.
        Optional<StackInfo> info;
        try {
            info = stacks.describe(stackId);
        } catch (AwsTransientException e) {
            schedule.onFailure(e, now);
            return tick(List.of(), Map.of(), false, false);
        }
        boolean gone = info.isEmpty();
        Map<String, String> outputs = info.map(StackInfo::outputs).orElse(Map.of());
        List<StackEvent> events;
        try {
            events = gone ? List.of() : tail.poll();
        } catch (AwsTransientException e) {
            // The status is taken only once the events up to it were read: a terminal status reported
            // now would end the caller's loop with the last events never shown.
            schedule.onFailure(e, now);
            return tick(List.of(), Map.of(), false, false);
        }
        info.ifPresent(i -> {
            lastStatus = i.status();
            lastReason = i.statusReason();
        });
        schedule.onSuccess();
        return tick(events, outputs, gone, gone || StackStatuses.isTerminal(lastStatus));
    }

    private Tick tick(List<StackEvent> events, Map<String, String> outputs, boolean gone, boolean terminal) {
        return new Tick(events, Optional.ofNullable(lastStatus), Optional.ofNullable(lastReason)
                .filter(r -> !r.isBlank()), outputs, gone, terminal, schedule.nextDelay(), schedule.notice());
    }
}
