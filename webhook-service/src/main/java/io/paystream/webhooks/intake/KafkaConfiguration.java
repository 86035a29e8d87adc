package io.paystream.webhooks.intake;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A record whose statement fails (the database is down) is retried with backoff, forever, holding its partition:
 * skipping it would lose a merchant's webhook. Unreadable records never fail here; they are logged and counted.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    DefaultErrorHandler retryUntilStored() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
        handler.setClassifications(Map.of(), true);
        return handler;
    }
}
