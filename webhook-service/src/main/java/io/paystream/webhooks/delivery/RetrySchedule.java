package io.paystream.webhooks.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again (ARCHITECTURE §14): at once, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h
 * and 24 h after each failure (about three days; nine attempts in all). Each wait is drawn from ±20 % of its step, so
 * the deliveries of one outage do not all come back at the same second; an endpoint's {@code Retry-After} is a floor.
 */
final class RetrySchedule {

    static final List<Duration> WAITS = List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(10),
            Duration.ofHours(24));
    static final double JITTER = 0.2;
    /** The longest {@code Retry-After} taken: the schedule's longest step. */
    static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private RetrySchedule() {}

    /** The wait after the {@code attempts}-th failed attempt, or empty when that was the last one. */
    static Optional<Duration> after(int attempts, Duration retryAfter, RandomGenerator random) {
        if (attempts > WAITS.size()) {
            return Optional.empty();
        }
        Duration step = WAITS.get(attempts - 1);
        long millis = step.toMillis();
        Duration wait = Duration.ofMillis(Math.round(millis * (1 - JITTER + 2 * JITTER * random.nextDouble())));
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : retryAfter;
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        return Optional.of(wait);
    }
}
