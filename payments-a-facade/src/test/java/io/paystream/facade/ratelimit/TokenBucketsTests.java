package io.paystream.facade.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket's arithmetic on a clock the test moves. */
class TokenBucketsTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets =
            TokenBuckets.withClock(new RateLimitProperties(20, 40, Duration.ofMinutes(1)), now::get);

    @Test
    void aBurstUpToTheBucketSizeIsServed() {
        for (int i = 0; i < 40; i++) {
            assertThat(buckets.take("alice")).as("request %d", i).isEmpty();
        }
        assertThat(buckets.take("alice")).hasValue(Duration.ofMillis(50));
    }

    @Test
    void tokensComeBackAtTheRate() {
        drain("alice");

        advance(Duration.ofMillis(100));

        assertThat(buckets.take("alice")).isEmpty();
        assertThat(buckets.take("alice")).isEmpty();
        assertThat(buckets.take("alice")).isPresent();
    }

    @Test
    void theWaitNamesWhenTheNextTokenComes() {
        drain("alice");
        advance(Duration.ofMillis(20));

        assertThat(buckets.take("alice")).hasValue(Duration.ofMillis(30));
    }

    @Test
    void customersHaveBucketsOfTheirOwn() {
        drain("alice");

        assertThat(buckets.take("bob")).isEmpty();
    }

    @Test
    void onlyRefilledBucketsAreForgotten() {
        drain("alice");
        buckets.take("bob");
        advance(Duration.ofMillis(100));

        buckets.forgetFullBuckets();
        assertThat(buckets.size()).as("alice's bucket is still filling up").isEqualTo(1);

        advance(Duration.ofSeconds(2));
        buckets.forgetFullBuckets();
        assertThat(buckets.size()).isZero();
    }

    private void drain(String customer) {
        while (buckets.take(customer).isEmpty()) {
            // the bucket empties within its size
        }
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}
