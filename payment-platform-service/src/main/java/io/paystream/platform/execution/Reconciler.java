package io.paystream.platform.execution;

import io.paystream.contracts.PaymentJob;
import io.paystream.platform.execution.Executions.DueExecution;
import io.paystream.platform.gateway.Gateway;
import io.paystream.platform.gateway.GatewayOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolves what deliveries could not: UNKNOWN outcomes and abandoned STARTED operations, from the gateway's own
 * records; and partial refunds waiting for settlement. An operation is reported failed only when Braintree,
 * asked again long after, still has no record of it.
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private static final int BATCH = 50;

    private final Executions executions;
    private final JobExecutor executor;
    private final OutcomeRecorder recorder;
    private final Gateway gateway;
    private final PlatformProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    Reconciler(
            Executions executions,
            JobExecutor executor,
            OutcomeRecorder recorder,
            Gateway gateway,
            PlatformProperties properties,
            JsonMapper json,
            Clock clock) {
        this.executions = executions;
        this.executor = executor;
        this.recorder = recorder;
        this.gateway = gateway;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${paystream.platform.reconcile-interval:5s}")
    void reconcile() {
        for (int handled = 0; handled < BATCH; handled++) {
            Optional<DueExecution> due = executions.leaseNextDue(properties.lease(), properties.unknownGiveUpAfter());
            if (due.isEmpty()) {
                return;
            }
            PaymentJob job = json.readValue(due.get().job(), PaymentJob.class);
            if (due.get().status() == ExecutionStatus.WAITING) {
                // attempts > 1 here: the refund is looked up before it is sent again.
                executor.run(job, due.get().attempts());
            } else {
                resolve(job, due.get());
            }
        }
    }

    private void resolve(PaymentJob job, DueExecution due) {
        Optional<GatewayOutcome> found = gateway.lookup(job);
        if (found.isPresent() && found.get() instanceof GatewayOutcome.Final done) {
            log.info("Operation {} resolved from Braintree's records: {}", job.operationId(), done);
            recorder.record(job, done);
            return;
        }
        Duration unknownFor = Duration.between(due.unknownSince().toInstant(), clock.instant());
        if (found.isEmpty() && unknownFor.compareTo(properties.unknownGiveUpAfter()) > 0) {
            recorder.record(
                    job,
                    new GatewayOutcome.Failed(
                            "gateway_has_no_record",
                            "Braintree has no transaction for this operation " + unknownFor.toMinutes()
                                    + " minutes on: nothing moved"));
            return;
        }
        executions.park(
                job.operationId(),
                due.attempts(),
                ExecutionStatus.UNKNOWN,
                found.map(Object::toString).orElse("not at the gateway yet"),
                properties.retryDelay(due.attempts()));
    }
}
