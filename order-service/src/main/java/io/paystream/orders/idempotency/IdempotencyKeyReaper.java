package io.paystream.orders.idempotency;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes keys older than the retention (30 days by default, ARCHITECTURE §4): after that a key may be used again. */
@Component
class IdempotencyKeyReaper {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyReaper.class);

    private final IdempotencyKeys keys;
    private final Duration retention;
    private final Clock clock;

    IdempotencyKeyReaper(
            IdempotencyKeys keys,
            @Value("${paystream.orders.idempotency.retention:30d}") Duration retention,
            Clock clock) {
        this.keys = keys;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${paystream.orders.idempotency.reap-interval:1h}")
    void reap() {
        int reaped = keys.deleteCreatedBefore(clock.instant().minus(retention));
        if (reaped > 0) {
            log.info("Reaped {} idempotency keys older than {}", reaped, retention);
        }
    }
}
