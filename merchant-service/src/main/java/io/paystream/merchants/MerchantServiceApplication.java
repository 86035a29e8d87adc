package io.paystream.merchants;

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

/** Keeps the merchants, their API keys and their sealed gateway credentials, behind the operator API. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MerchantServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MerchantServiceApplication.class, args);
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
