package io.paystream.orders.lifecycle;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.orders.order.AnomalyKind;
import org.springframework.stereotype.Component;

/**
 * What happened to each event ({@code paystream.orders.events} by type and outcome), anomalies by kind, and the
 * parking's size: an operator alerts on any anomaly and on a parking that does not drain.
 */
@Component
class LifecycleMetrics {

    private final MeterRegistry meters;

    LifecycleMetrics(MeterRegistry meters, ParkedEvents parking) {
        this.meters = meters;
        Gauge.builder("paystream.orders.parked", parking::count)
                .description("Payment events waiting to fit their order")
                .register(meters);
    }

    void event(String type, Outcome outcome) {
        meters.counter("paystream.orders.events", "type", type, "outcome", outcome.tag())
                .increment();
    }

    void anomaly(AnomalyKind kind) {
        meters.counter("paystream.orders.anomalies", "kind", kind.name()).increment();
    }

    /** Where an event ended up on one attempt. */
    enum Outcome {
        APPLIED,
        PARKED,
        DUPLICATE,
        ANOMALY;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
