package dev.chromasetup.rules;

import dev.chromasetup.text.TextSanitizer;
import dev.chromasetup.aws.StackEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds why a stack failed and says it in plain words. CloudFormation reports one real failure
 * followed by a cascade of consequences ("Resource creation cancelled", "The following resource(s)
 * failed to create"); the user needs the first real one and what to do about it.
 */
public final class FailureExplainer {
    /** The root cause: which resource, AWS's own words (sanitized), and our what / why / fix. */
    public record Diagnosis(String resource, String humanResource, String rawReason, String what, String why, String fix) {
    }

    private final FailureCatalog catalog;

    /** @param region where the stack runs: the fixes name it in commands the user can paste */
    public FailureExplainer(String region) {
        this.catalog = new FailureCatalog(region);
    }

    /** The diagnosis for these events (oldest first), or empty when nothing failed. */
    public Optional<Diagnosis> explain(List<StackEvent> eventsOldestFirst) {
        return rootCause(eventsOldestFirst).map(this::diagnose);
    }

    /** The first resource failure that is not a consequence; else the first stack-level failure with a reason. */
    public static Optional<StackEvent> rootCause(List<StackEvent> eventsOldestFirst) {
        Optional<StackEvent> resource = eventsOldestFirst.stream()
                .filter(e -> !e.isStackEvent() && isFailed(e) && !isConsequence(e.reason()))
                .findFirst();
        if (resource.isPresent()) {
            return resource;
        }
        return eventsOldestFirst.stream()
                .filter(e -> e.isStackEvent() && (isFailed(e) || status(e).contains("ROLLBACK"))
                        && e.reason() != null && !e.reason().isBlank() && !isConsequence(e.reason()))
                .findFirst()
                .or(() -> eventsOldestFirst.stream()
                        .filter(e -> e.isStackEvent() && (isFailed(e) || status(e).contains("ROLLBACK"))
                                && e.reason() != null && !e.reason().isBlank())
                        .findFirst());
    }

    private Diagnosis diagnose(StackEvent e) {
        String human = e.isStackEvent() ? "Stack" : ResourceNames.human(e.logicalId(), e.resourceType());
        String raw = TextSanitizer.sanitize(e.reason());
        FailureCatalog.Explanation x = catalog.match(raw).orElseGet(() -> catalog.unknown(raw));
        String what = e.isStackEvent() ? "The stack failed" : human + " could not be " + verb(status(e));
        return new Diagnosis(e.logicalId() == null ? "" : TextSanitizer.sanitize(e.logicalId()), human, raw,
                what + (x.headline().isEmpty() ? "" : ": " + x.headline()), x.why(), x.fix());
    }

    private static String verb(String status) {
        if (status.startsWith("UPDATE")) {
            return "updated";
        }
        return status.startsWith("DELETE") ? "deleted" : "created";
    }

    private static boolean isFailed(StackEvent e) {
        return status(e).endsWith("_FAILED");
    }

    private static String status(StackEvent e) {
        return e.status() == null ? "" : e.status().toUpperCase(Locale.ROOT);
    }

    private static boolean isConsequence(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        return r.contains("resource creation cancelled") || r.contains("resource update cancelled")
                || r.contains("the following resource(s) failed to");
    }
}
