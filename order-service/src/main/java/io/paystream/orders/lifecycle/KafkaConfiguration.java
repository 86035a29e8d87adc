package io.paystream.orders.lifecycle;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A record whose transaction fails (the database is down, a lock timed out, a bug) is retried with backoff, forever,
 * and holds its partition meanwhile: skipping it would lose an event. Every exception counts as retryable, including
 * the few spring-kafka would otherwise skip at once. Invalid events never fail here; they become anomalies.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    DefaultErrorHandler retryUntilApplied() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
        handler.setClassifications(Map.of(), true);
        return handler;
    }
}
