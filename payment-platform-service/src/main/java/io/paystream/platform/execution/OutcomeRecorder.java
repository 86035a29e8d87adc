package io.paystream.platform.execution;

import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentJob;
import io.paystream.outbox.KafkaOutbox;
import io.paystream.platform.gateway.GatewayAttemptLog;
import io.paystream.platform.gateway.GatewayOutcome;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a final outcome, its event and the gateway attempt that found it in one transaction: all are committed, or
 * none is.
 */
@Component
class OutcomeRecorder {

    private final Executions executions;
    private final KafkaOutbox outbox;
    private final GatewayAttemptLog attempts;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final Clock clock;

    OutcomeRecorder(
            Executions executions,
            KafkaOutbox outbox,
            GatewayAttemptLog attempts,
            JsonMapper json,
            MeterRegistry meters,
            Clock clock) {
        this.executions = executions;
        this.outbox = outbox;
        this.attempts = attempts;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    @Transactional
    public void record(PaymentJob job, GatewayOutcome.Final outcome) {
        PaymentEvent event = OutcomeEvents.of(job, outcome, clock.instant());
        String payload = json.writeValueAsString(event);
        ExecutionStatus status = ExecutionStatus.of(outcome);
        attempts.appendWaiting();
        if (executions.finish(ExecutionKey.of(job), status, payload, reasonOf(outcome))) {
            outbox.append(event.topic(), event.orderId(), payload);
            meters.counter(
                            "paystream.gateway.operations",
                            "operation",
                            job.operation().name(),
                            "outcome",
                            status.name())
                    .increment();
        }
    }

    private static String reasonOf(GatewayOutcome.Final outcome) {
        return switch (outcome) {
            case GatewayOutcome.Succeeded succeeded -> null;
            case GatewayOutcome.Declined declined -> declined.code() + ": " + declined.message();
            case GatewayOutcome.Failed failed -> failed.code() + ": " + failed.message();
        };
    }

    /** A finished operation delivered again: its event goes out again, with the same {@code eventId}. */
    @Transactional
    public void republish(String payload) {
        PaymentEvent event = json.readValue(payload, PaymentEvent.class);
        outbox.append(event.topic(), event.orderId(), payload);
    }
}
