package io.paystream.webhooks;

import io.paystream.edge.idempotency.IdempotencyKeys;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Keeps merchants' webhook endpoints and delivers the lifecycle events to them, signed and retried. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WebhookServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebhookServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdempotencyKeys idempotencyKeys(
            JdbcClient jdbc, Clock clock, @Value("${paystream.idempotency.retention:30d}") Duration retention) {
        return new IdempotencyKeys(jdbc, clock, retention);
    }
}
