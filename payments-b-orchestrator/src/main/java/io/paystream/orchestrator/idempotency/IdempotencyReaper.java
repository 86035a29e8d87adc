package io.paystream.orchestrator.idempotency;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes idempotency keys once their retention (30 days by default) has passed. */
@Component
class IdempotencyReaper {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyReaper.class);

    private final IdempotencyKeys keys;
    private final Duration retention;

    IdempotencyReaper(IdempotencyKeys keys, @Value("${paystream.idempotency.retention:30d}") Duration retention) {
        this.keys = keys;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${paystream.idempotency.reap-interval:1h}", initialDelayString = "1m")
    void reap() {
        int reaped = keys.reap(retention);
        if (reaped > 0) {
            log.info("Reaped {} idempotency keys older than {}", reaped, retention);
        }
    }
}
