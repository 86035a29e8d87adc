package io.paystream.edge.idempotency;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link IdempotencyKeys} for a service that keeps its keys in its own {@code idempotency_key} table: imported by
 * that service's application, kept {@code paystream.idempotency.retention} (30 days) and then reaped.
 */
@Configuration(proxyBeanMethods = false)
public class StoredIdempotencyKeys {

    @Bean
    IdempotencyKeys idempotencyKeys(
            JdbcClient jdbc, Clock clock, @Value("${paystream.idempotency.retention:30d}") Duration retention) {
        return new IdempotencyKeys(jdbc, clock, retention);
    }
}
