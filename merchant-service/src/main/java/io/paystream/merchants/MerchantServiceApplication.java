package io.paystream.merchants;

import io.paystream.edge.idempotency.StoredIdempotencyKeys;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Keeps the merchants, their API keys and their sealed gateway credentials, behind the operator API. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(StoredIdempotencyKeys.class)
public class MerchantServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MerchantServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
