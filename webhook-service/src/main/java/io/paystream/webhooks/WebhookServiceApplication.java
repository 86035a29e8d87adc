package io.paystream.webhooks;

import io.paystream.edge.idempotency.StoredIdempotencyKeys;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Keeps merchants' webhook endpoints and delivers the lifecycle events to them, signed and retried. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(StoredIdempotencyKeys.class)
public class WebhookServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebhookServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
