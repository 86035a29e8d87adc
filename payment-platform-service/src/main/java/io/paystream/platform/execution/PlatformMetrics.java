package io.paystream.platform.execution;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.outbox.KafkaOutbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gauges an operator watches: outcomes nobody knows yet, refunds waiting for settlement, events not yet sent. */
@Configuration(proxyBeanMethods = false)
class PlatformMetrics {

    PlatformMetrics(MeterRegistry meters, Executions executions, KafkaOutbox outbox) {
        Gauge.builder("paystream.executions.unknown", () -> executions.countByStatus(ExecutionStatus.UNKNOWN))
                .description("Operations whose gateway outcome is not known yet")
                .register(meters);
        Gauge.builder("paystream.executions.waiting", () -> executions.countByStatus(ExecutionStatus.WAITING))
                .description("Partial refunds waiting for their capture to settle")
                .register(meters);
        Gauge.builder("paystream.outbox.backlog", outbox::backlog)
                .description("Events committed but not yet acknowledged by Kafka")
                .register(meters);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
