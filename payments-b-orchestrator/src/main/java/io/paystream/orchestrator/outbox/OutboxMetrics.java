package io.paystream.orchestrator.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Configuration;

/** The jobs committed but not yet accepted by SQS: a growing backlog means the relay or SQS is stuck. */
@Configuration(proxyBeanMethods = false)
class OutboxMetrics {

    OutboxMetrics(MeterRegistry meters, JobOutbox outbox) {
        Gauge.builder("paystream.outbox.backlog", outbox::backlog)
                .description("Payment jobs committed but not yet sent to SQS")
                .register(meters);
    }
}
