package dev.chromasetup.deploy;

import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.template.TemplateResource;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What both faces render while a stack is being created: one row per resource, "n of N" and the
 * total time. Owned by the one loop that feeds it events; it never reads a clock (pass {@code now}).
 * Rows are immutable snapshots.
 */
public final class DeployProgress {
    private final BiFunction<String, String, String> humanName;
    private final Map<String, ResourceProgress> rows = new LinkedHashMap<>();
    private final Set<String> applied = new HashSet<>();
    private Instant firstEvent;
    private Instant stackEnded;
    private String stackStatus;
    private String stackReason;

    /**
     * @param expected the template's resources, in display order
     * @param humanName (logicalId, type) to a name people understand, e.g. "Firewall rules (security group)"
     */
    public DeployProgress(List<TemplateResource> expected, BiFunction<String, String, String> humanName) {
        this.humanName = Objects.requireNonNull(humanName);
        for (TemplateResource r : expected) {
            rows.put(r.logicalId(), ResourceProgress.waiting(r.logicalId(), r.type(), name(r.logicalId(), r.type())));
        }
    }

    /** Applies one event; an event already applied (same id) is ignored. */
    public void apply(StackEvent e) {
        if (e.eventId() != null && !applied.add(e.eventId())) {
            return;
        }
        if (e.timestamp() != null && (firstEvent == null || e.timestamp().isBefore(firstEvent))) {
            firstEvent = e.timestamp();
        }
        if (e.isStackEvent()) {
            stackStatus = e.status();
            stackReason = e.reason();
            stackEnded = StackStatuses.isTerminal(e.status()) ? e.timestamp() : null;
            return;
        }
        if (e.logicalId() == null || e.status() == null) {
            return;
        }
        ResourceProgress row = rows.computeIfAbsent(e.logicalId(), id ->
                ResourceProgress.waiting(id, e.resourceType(), name(id, e.resourceType())));
        rows.put(e.logicalId(), row.with(e.status(), e.timestamp(), e.reason()));
    }

    public void applyAll(List<StackEvent> events) {
        events.forEach(this::apply);
    }

    public List<ResourceProgress> rows() {
        return List.copyOf(rows.values());
    }

    public int total() {
        return rows.size();
    }

    public int createdCount() {
        return (int) rows.values().stream().filter(ResourceProgress::isCreated).count();
    }

    /** "1 of 2 resources created". */
    public String summary() {
        return createdCount() + " of " + total() + (total() == 1 ? " resource" : " resources") + " created";
    }

    public Optional<String> stackStatus() {
        return Optional.ofNullable(stackStatus);
    }

    public Optional<String> stackReason() {
        return Optional.ofNullable(stackReason).filter(r -> !r.isBlank());
    }

    /** The root cause: the first failed row that is not a mere "Resource creation cancelled". */
    public Optional<ResourceProgress> firstFailure() {
        return rows.values().stream().filter(r -> r.hasFailed() && !r.isCancellation())
                .min((a, b) -> a.failedAt().orElse(Instant.MAX).compareTo(b.failedAt().orElse(Instant.MAX)));
    }

    /** Since the first event; stops counting when the stack reaches a stable state. */
    public Duration totalElapsed(Instant now) {
        if (firstEvent == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(firstEvent, stackEnded != null ? stackEnded : now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    private String name(String logicalId, String type) {
        String n = humanName.apply(logicalId, type);
        return n == null || n.isBlank() ? logicalId : n;
    }
}
