package dev.chromasetup.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything chroma-setup remembers between runs: the stacks it deployed, newest first. */
public record SavedState(List<StackRecord> stacks) {
    /** At most this many stacks are kept; the oldest are forgotten first. */
    public static final int MAX_STACKS = 50;

    public SavedState {
        stacks = List.copyOf(stacks);
    }

    public static SavedState empty() {
        return new SavedState(List.of());
    }

    /** The stack of this name in this region, if remembered. */
    public Optional<StackRecord> find(String stackName, String region) {
        return stacks.stream().filter(s -> s.sameStack(stackName, region)).findFirst();
    }

    /** The most recently updated stack: its answers make good defaults for the next run. */
    public Optional<StackRecord> latest() {
        return stacks.stream().max(Comparator.comparing(StackRecord::updatedAt,
                Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** This state with {@code record} added or replacing the same stack (name and region). */
    public SavedState with(StackRecord record) {
        List<StackRecord> out = new ArrayList<>();
        out.add(record);
        stacks.stream().filter(s -> !s.sameStack(record.stackName(), record.region())).forEach(out::add);
        return new SavedState(out.subList(0, Math.min(out.size(), MAX_STACKS)));
    }

    /** This state without the stack (after a destroy). */
    public SavedState without(String stackName, String region) {
        return new SavedState(stacks.stream().filter(s -> !s.sameStack(stackName, region)).toList());
    }
}
