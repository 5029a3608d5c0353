package dev.chromasetup.app;

import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.state.SavedState;
import dev.chromasetup.state.StackRecord;
import dev.chromasetup.state.StateStore;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;

/**
 * What chroma-setup remembers between runs: the stacks it created (name, region, id and the non-secret
 * answers), so `watch`, `status` and `destroy` work without flags after a closed terminal. Saving never
 * fails a run: a problem is a warning on stderr.
 */
public final class RunMemory {
    private final StateStore store;
    private final PrintStream err;
    private final Clock clock;

    public RunMemory(StateStore store, PrintStream err, Clock clock) {
        this.store = store;
        this.err = err;
        this.clock = clock;
    }

    /** The stack this run just created; written at once so a killed terminal still leaves the record. */
    public void remember(String region, CreateStackRequest request, String stackId) {
        var p = request.parameters();
        StackRecord record = new StackRecord(request.stackName(), region, stackId, p.getOrDefault("InstanceType", ""),
                p.getOrDefault("KeyName", ""), p.getOrDefault("ChromaVersion", ""),
                p.getOrDefault("ChromaOtelCollectionEndpoint", ""), p.getOrDefault("ChromaOtelServiceName", ""),
                clock.instant());
        SavedState state = load();
        store.save(state.with(record)).ifPresent(this::warn);
    }

    public void forget(String stackName, String region) {
        SavedState state = load();
        if (state.find(stackName, region).isPresent()) {
            store.save(state.without(stackName, region)).ifPresent(this::warn);
        }
    }

    public Optional<StackRecord> latest() {
        return load().latest();
    }

    private SavedState load() {
        StateStore.Loaded loaded = store.load();
        loaded.warning().ifPresent(this::warn);
        return loaded.state();
    }

    private void warn(String warning) {
        err.println("Warning: " + warning);
    }
}
