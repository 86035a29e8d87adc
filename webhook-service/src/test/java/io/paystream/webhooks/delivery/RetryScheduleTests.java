package io.paystream.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTests {

    /** A generator that always draws {@code value}: the edges of the jitter. */
    private static RandomGenerator drawing(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return (long) (value * Long.MAX_VALUE);
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void nineAttemptsOverAboutThreeDaysThenNoMore() {
        RandomGenerator middle = drawing(0.5);
        List<Duration> waits = IntStream.rangeClosed(1, 8)
                .mapToObj(attempt -> RetrySchedule.after(attempt, null, middle).orElseThrow())
                .toList();

        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofHours(2),
                        Duration.ofHours(5),
                        Duration.ofHours(10),
                        Duration.ofHours(10),
                        Duration.ofHours(24));
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus))
                .isBetween(Duration.ofHours(51), Duration.ofHours(52));
        assertThat(RetrySchedule.after(9, null, middle)).isEmpty();
    }

    @Test
    void eachWaitIsDrawnWithinAFifthOfItsStep() {
        assertThat(RetrySchedule.after(2, null, drawing(0.0))).contains(Duration.ofMinutes(4));
        assertThat(RetrySchedule.after(2, null, drawing(0.999999)).orElseThrow())
                .isBetween(Duration.ofSeconds(359), Duration.ofMinutes(6));
    }

    @Test
    void anEndpointsRetryAfterIsAFloorUpToADay() {
        RandomGenerator middle = drawing(0.5);
        assertThat(RetrySchedule.after(1, Duration.ofMinutes(2), middle)).contains(Duration.ofMinutes(2));
        assertThat(RetrySchedule.after(3, Duration.ofSeconds(1), middle)).contains(Duration.ofMinutes(30));
        assertThat(RetrySchedule.after(1, Duration.ofDays(30), middle)).isEqualTo(Optional.of(Duration.ofHours(24)));
    }
}
