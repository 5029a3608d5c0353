package dev.chromasetup.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chromasetup.aws.StackEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackWatcherTest {
    private final ScriptedStacks stacks = new ScriptedStacks(3);
    private final StackWatcher watcher = new StackWatcher(stacks,
            EventTail.fromStart(stacks, CfnEvents.STACK_ID), PollSchedule.standard(new FixedRandom(0.999999)));
    private Instant now = CfnEvents.T0;

    private StackWatcher.Tick tick() {
        StackWatcher.Tick t = watcher.tick(now);
        now = now.plus(t.nextDelay());
        return t;
    }

    @Test
    void followsAHealthyCreateToTheOutputs() {
        stacks.add(CfnEvents.healthyStart());
        StackWatcher.Tick first = tick();
        assertThat(first.newEvents()).extracting(StackEvent::eventId).containsExactly("e1", "e2", "e3", "e4");
        assertThat(first.status()).contains("CREATE_IN_PROGRESS");
        assertThat(first.terminal()).isFalse();
        assertThat(first.nextDelay()).isEqualTo(Duration.ofSeconds(2));

        stacks.add(CfnEvents.healthyEnd());
        stacks.status = "CREATE_COMPLETE";
        stacks.outputs = Map.of("ServerIp", "203.0.113.7");
        StackWatcher.Tick last = tick();
        assertThat(last.newEvents()).extracting(StackEvent::eventId).containsExactly("e5", "e6", "e7", "e8");
        assertThat(last.terminal()).isTrue();
        assertThat(last.outputs()).containsEntry("ServerIp", "203.0.113.7");
    }

    @Test
    void aThrottledTickBacksOffKeepsTheStatusAndLosesNoEvents() {
        stacks.add(CfnEvents.healthyStart());
        tick();
        stacks.add(CfnEvents.healthyEnd());
        stacks.status = "CREATE_COMPLETE";
        stacks.eventFailures.add(ScriptedStacks.throttled());

        StackWatcher.Tick throttled = tick();
        assertThat(throttled.newEvents()).isEmpty();
        assertThat(throttled.status()).as("a terminal status only comes with its events: callers stop on it")
                .contains("CREATE_IN_PROGRESS");
        assertThat(throttled.terminal()).as("final events not read yet").isFalse();
        assertThat(throttled.nextDelay()).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttled.notice()).hasValueSatisfying(n -> assertThat(n).contains("throttling"));

        StackWatcher.Tick recovered = tick();
        assertThat(recovered.newEvents()).hasSize(4);
        assertThat(recovered.status()).contains("CREATE_COMPLETE");
        assertThat(recovered.terminal()).isTrue();
        assertThat(recovered.notice()).isEmpty();
        assertThat(recovered.nextDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aFailedDescribeStillReportsTheLastKnownStatus() {
        stacks.add(CfnEvents.noDefaultVpc());
        stacks.status = "ROLLBACK_IN_PROGRESS";
        tick();
        stacks.describeFailures.add(ScriptedStacks.network());
        StackWatcher.Tick t = tick();
        assertThat(t.status()).contains("ROLLBACK_IN_PROGRESS");
        assertThat(t.notice()).contains("Cannot reach AWS (connection refused); retrying in 4s");
    }

    @Test
    void aStackAwsNoLongerKnowsIsGone() {
        stacks.exists = false;
        StackWatcher.Tick t = tick();
        assertThat(t.gone()).isTrue();
        assertThat(t.terminal()).isTrue();
        assertThat(stacks.eventCalls).isEmpty();
    }

    @Test
    void statusesAreReadAsStrings() {
        assertThat(StackStatuses.isTerminal("CREATE_COMPLETE")).isTrue();
        assertThat(StackStatuses.isTerminal("IMPORT_ROLLBACK_COMPLETE")).isTrue();
        assertThat(StackStatuses.isTerminal("CONFIGURATION_COMPLETE")).isFalse();
        assertThat(StackStatuses.isTerminal("SOMETHING_NEW_IN_2027")).isFalse();
        assertThat(StackStatuses.isTerminal(null)).isFalse();
        assertThat(StackStatuses.isFailure("ROLLBACK_COMPLETE")).isTrue();
        assertThat(StackStatuses.isFailure("UPDATE_ROLLBACK_COMPLETE")).isTrue();
        assertThat(StackStatuses.isFailure("CREATE_COMPLETE")).isFalse();
        assertThat(StackStatuses.isFailure("ROLLBACK_IN_PROGRESS")).isFalse();
        assertThat(StackStatuses.isCreateSuccess("CREATE_COMPLETE")).isTrue();
        assertThat(StackStatuses.isDeleteSuccess("DELETE_COMPLETE")).isTrue();
        assertThat(StackStatuses.needsDeleteBeforeRetry("ROLLBACK_COMPLETE")).isTrue();
    }
}
