package dev.chromasetup.deploy;

import dev.chromasetup.aws.AwsTransientException;
import dev.chromasetup.aws.CreateStackRequest;
import dev.chromasetup.aws.EventPage;
import dev.chromasetup.aws.StackEvent;
import dev.chromasetup.aws.StackInfo;
import dev.chromasetup.aws.Stacks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-written CloudFormation stand-in: events are appended as the "stack" progresses and served
 * newest first in pages of {@code pageSize}, with a token naming the next offset, like the real API.
 */
final class ScriptedStacks implements Stacks {
    final List<StackEvent> oldestFirst = new ArrayList<>();
    final List<String> eventCalls = new ArrayList<>(); // the token of every events() call ("-" = page 1)
    final Deque<AwsTransientException> eventFailures = new ArrayDeque<>();
    final Deque<AwsTransientException> describeFailures = new ArrayDeque<>();
    String failOnceAtToken; // throttles the call for this page once, to test a failure mid-walk
    final int pageSize;
    String status = "CREATE_IN_PROGRESS";
    Map<String, String> outputs = Map.of();
    boolean exists = true;
    int describeCalls;

    ScriptedStacks(int pageSize) {
        this.pageSize = pageSize;
    }

    ScriptedStacks add(List<StackEvent> events) {
        oldestFirst.addAll(events);
        return this;
    }

    @Override
    public EventPage events(String stackId, String nextToken) {
        eventCalls.add(nextToken == null ? "-" : nextToken);
        if (!eventFailures.isEmpty()) {
            throw eventFailures.pop();
        }
        if (nextToken != null && nextToken.equals(failOnceAtToken)) {
            failOnceAtToken = null;
            throw throttled();
        }
        List<StackEvent> newestFirst = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        int from = nextToken == null ? 0 : Integer.parseInt(nextToken.substring(1));
        int to = Math.min(newestFirst.size(), from + pageSize);
        Optional<String> next = to < newestFirst.size() ? Optional.of("t" + to) : Optional.empty();
        return new EventPage(newestFirst.subList(from, to), next);
    }

    @Override
    public Optional<StackInfo> describe(String nameOrId) {
        describeCalls++;
        if (!describeFailures.isEmpty()) {
            throw describeFailures.pop();
        }
        if (!exists) {
            return Optional.empty();
        }
        return Optional.of(new StackInfo(CfnEvents.STACK_ID, CfnEvents.STACK_NAME, status, null,
                CfnEvents.T0, Map.of(), outputs, Map.of()));
    }

    @Override
    public String create(CreateStackRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(String stackId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<StackInfo> listManaged() {
        throw new UnsupportedOperationException();
    }

    static AwsTransientException throttled() {
        return new AwsTransientException(AwsTransientException.Kind.THROTTLED, "Rate exceeded", null);
    }

    static AwsTransientException network() {
        return new AwsTransientException(AwsTransientException.Kind.NETWORK, "connection refused", null);
    }
}
