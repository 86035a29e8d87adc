package io.paystream.facade.ratelimit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One token bucket per customer: {@code burst} tokens, refilled at {@code requestsPerSecond}, one taken per request.
 * In memory, so the limit holds per facade instance; N instances allow N times the rate.
 */
@Component
public class TokenBuckets {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitProperties limits;
    private final LongSupplier nanoTime;

    @Autowired
    TokenBuckets(RateLimitProperties limits) {
        this(limits, System::nanoTime);
    }

    private TokenBuckets(RateLimitProperties limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
    }

    /** Buckets on a clock of the caller's, for tests. */
    static TokenBuckets withClock(RateLimitProperties limits, LongSupplier nanoTime) {
        return new TokenBuckets(limits, nanoTime);
    }

    /** Takes a token from {@code customer}'s bucket: empty if the request may go, else how long until it may. */
    public Optional<Duration> take(String customer) {
        long now = nanoTime.getAsLong();
        return buckets.computeIfAbsent(customer, any -> new Bucket(limits.burst(), now))
                .take(now);
    }

    int size() {
        return buckets.size();
    }

    /** A full bucket is the same as none: forgetting it keeps memory bounded by the recently active customers. */
    @Scheduled(fixedDelayString = "${paystream.facade.rate-limit.idle-sweep-interval:60s}")
    void forgetFullBuckets() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Optional<Duration> take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / limits.requestsPerSecond() * 1e9)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limits.burst();
        }

        private void refill(long now) {
            tokens = Math.min(limits.burst(), tokens + (now - refilledAt) / 1e9 * limits.requestsPerSecond());
            refilledAt = now;
        }
    }
}
