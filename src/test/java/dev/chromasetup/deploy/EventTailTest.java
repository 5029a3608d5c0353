package dev.chromasetup.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chromasetup.aws.AwsTransientException;
import dev.chromasetup.aws.StackEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTailTest {

    private static List<String> ids(List<StackEvent> events) {
        return events.stream().map(StackEvent::eventId).toList();
    }

    @Test
    void firstPollReturnsWholeHistoryOldestFirstAcrossPages() {
        ScriptedStacks stacks = new ScriptedStacks(3).add(CfnEvents.healthyStart()).add(CfnEvents.healthyEnd());
        EventTail tail = EventTail.fromStart(stacks, CfnEvents.STACK_ID);

        assertThat(ids(tail.poll())).containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8");
        assertThat(stacks.eventCalls).containsExactly("-", "t3", "t6");
    }

    @Test
    void laterPollsReadOnlyPageOneWhenTheLastSeenEventIsOnIt() {
        ScriptedStacks stacks = new ScriptedStacks(3).add(CfnEvents.healthyStart());
        EventTail tail = EventTail.fromStart(stacks, CfnEvents.STACK_ID);
        tail.poll();
        stacks.eventCalls.clear();

        assertThat(tail.poll()).isEmpty();
        stacks.add(List.of(CfnEvents.healthyEnd().get(0), CfnEvents.healthyEnd().get(1)));
        assertThat(ids(tail.poll())).containsExactly("e5", "e6");

        assertThat(stacks.eventCalls).containsExactly("-", "-");
    }

    @Test
    void pagesFurtherOnlyWhenTheLastSeenEventFellOffPageOne() {
        ScriptedStacks stacks = new ScriptedStacks(2).add(CfnEvents.healthyStart());
        EventTail tail = EventTail.fromStart(stacks, CfnEvents.STACK_ID);
        tail.poll();
        stacks.eventCalls.clear();

        stacks.add(CfnEvents.healthyEnd()); // four new events: e4 is now on page 3 of 2-event pages
        assertThat(ids(tail.poll())).containsExactly("e5", "e6", "e7", "e8");
        assertThat(stacks.eventCalls).containsExactly("-", "t2", "t4");
    }

    @Test
    void neverRepeatsAnEvent() {
        ScriptedStacks stacks = new ScriptedStacks(10).add(CfnEvents.healthyStart());
        EventTail tail = EventTail.fromStart(stacks, CfnEvents.STACK_ID);
        tail.poll();
        // AWS sometimes shows an event again (same id) next to a new one.
        stacks.add(List.of(CfnEvents.healthyStart().get(3), CfnEvents.healthyEnd().get(0)));

        assertThat(ids(tail.poll())).containsExactly("e5");
        assertThat(tail.poll()).isEmpty();
    }

    @Test
    void aThrottledTickLosesNothing() {
        ScriptedStacks stacks = new ScriptedStacks(2).add(CfnEvents.healthyStart());
        EventTail tail = EventTail.fromStart(stacks, CfnEvents.STACK_ID);
        tail.poll();
        stacks.add(CfnEvents.healthyEnd());
        stacks.eventFailures.add(ScriptedStacks.throttled());

        assertThatThrownBy(tail::poll).isInstanceOf(AwsTransientException.class);
        assertThat(ids(tail.poll())).containsExactly("e5", "e6", "e7", "e8");
    }

    @Test
    void throttledOnALaterPageRetriesFromPageOneNextTime() {
        ScriptedStacks stacks = new ScriptedStacks(2).add(CfnEvents.healthyStart());
        EventTail tail = EventTail.fromStart(stacks, CfnEvents.STACK_ID);
        tail.poll();
        stacks.add(CfnEvents.healthyEnd());
        stacks.failOnceAtToken = "t2";
        stacks.eventCalls.clear();

        assertThatThrownBy(tail::poll).isInstanceOf(AwsTransientException.class);
        assertThat(ids(tail.poll())).containsExactly("e5", "e6", "e7", "e8");
        assertThat(stacks.eventCalls).containsExactly("-", "t2", "-", "t2", "t4");
    }

    @Test
    void fromNowSkipsHistoryWithoutWalkingIt() {
        ScriptedStacks stacks = new ScriptedStacks(2).add(CfnEvents.healthyStart()).add(CfnEvents.healthyEnd());
        EventTail tail = EventTail.fromNow(stacks, CfnEvents.STACK_ID, CfnEvents.T0.plusSeconds(40));

        assertThat(ids(tail.poll())).containsExactly("e7", "e8");
        assertThat(stacks.eventCalls).containsExactly("-", "t2"); // e6 on page 2 ends the walk
    }

    @Test
    void fromNowWithNothingNewYetKeepsWaiting() {
        ScriptedStacks stacks = new ScriptedStacks(10).add(CfnEvents.healthyStart());
        EventTail tail = EventTail.fromNow(stacks, CfnEvents.STACK_ID, CfnEvents.T0.plusSeconds(100));

        assertThat(tail.poll()).isEmpty();
        assertThat(tail.lastSeenId()).isEmpty();
        stacks.add(List.of(CfnEvents.stack(9, 120, "DELETE_IN_PROGRESS", "User Initiated")));
        assertThat(ids(tail.poll())).containsExactly("e9");
    }
}
