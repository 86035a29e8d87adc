package io.paystream.orchestrator.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.paystream.signals.PostgresSignals;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutcomeWaitersTests {

    private final OutcomeWaiters waiters = new OutcomeWaiters(
            new PostgresSignals("jdbc:postgresql://localhost:1/none", "none", "none"), new SimpleMeterRegistry());

    @Test
    void aWaiterRegisteredRightAfterItsOutcomesNotificationIsWokenAtOnce() throws InterruptedException {
        waiters.notified("op_early");

        try (OutcomeWaiters.Waiter waiter = waiters.register("op_early")) {
            assertThat(waiter.await(Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void aWaiterIsWokenByItsOwnOperationOnly() throws InterruptedException {
        try (OutcomeWaiters.Waiter mine = waiters.register("op_mine");
                OutcomeWaiters.Waiter other = waiters.register("op_other")) {
            waiters.notified("op_mine");

            assertThat(mine.await(Duration.ofSeconds(10))).isTrue();
            assertThat(other.await(Duration.ofMillis(50))).isFalse();
        }
    }
}
