package io.paystream.facade.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Each customer's allowance ({@code paystream.facade.rate-limit}), per facade instance.
 *
 * @param requestsPerSecond the sustained rate a customer's bucket refills at
 * @param burst how many requests a customer may send at once after a quiet moment (the bucket's size)
 * @param idleSweepInterval how often buckets that have refilled completely are forgotten
 */
@ConfigurationProperties("paystream.facade.rate-limit")
public record RateLimitProperties(
        @DefaultValue("20") double requestsPerSecond,
        @DefaultValue("40") int burst,
        @DefaultValue("60s") Duration idleSweepInterval) {

    public RateLimitProperties {
        if (requestsPerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("the rate limit needs a positive rate and a burst of at least 1");
        }
    }
}
