package io.paystream.platform.execution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How jobs are executed and retried.
 *
 * @param lease how long one holder owns an operation unless renewed; the holder renews it every
 *     {@code paystream.platform.lease-renew-interval} while it works, so a dead holder is taken over once it runs out
 * @param retryBaseDelay first delay before a transient failure is retried, doubled on each attempt
 * @param settlementWaitLimit how long a partial refund waits for its capture to settle before it fails
 * @param unknownGiveUpAfter how long an unanswered operation the gateway has no record of stays UNKNOWN
 */
@ConfigurationProperties("paystream.platform")
public record PlatformProperties(
        @DefaultValue("20s") Duration lease,
        @DefaultValue("2s") Duration retryBaseDelay,
        @DefaultValue("5m") Duration retryMaxDelay,
        @DefaultValue("48h") Duration settlementWaitLimit,
        @DefaultValue("10m") Duration unknownGiveUpAfter) {

    /** Exponential backoff: base, 2×base, 4×base … up to the maximum. */
    Duration retryDelay(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = retryBaseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }
}
