package io.paystream.platform.execution;

import io.paystream.contracts.PaymentJob;
import io.paystream.platform.execution.Executions.DueExecution;
import io.paystream.platform.gateway.AuditedGateway;
import io.paystream.platform.gateway.Gateway;
import io.paystream.platform.gateway.GatewayOutcome;
import io.paystream.platform.gateway.Lookup;
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
 * records; and partial refunds waiting for settlement. One the records prove was never applied (a full capture, a
 * void) is sent again at once; one is reported failed only when, asked again long after, Braintree still has no
 * record of it or it still has not happened.
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private static final int BATCH = 50;

    private final Executions executions;
    private final LeaseKeeper leases;
    private final JobExecutor executor;
    private final OutcomeRecorder recorder;
    private final Gateway gateway;
    private final PlatformProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    Reconciler(
            Executions executions,
            LeaseKeeper leases,
            JobExecutor executor,
            OutcomeRecorder recorder,
            Gateway gateway,
            PlatformProperties properties,
            JsonMapper json,
            Clock clock) {
        this.executions = executions;
        this.leases = leases;
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
            leases.hold(ExecutionKey.of(job), due.get().attempts(), () -> {});
            try {
                // The reconciler's calls are its own in the audit trail.
                AuditedGateway.callingAs("reconciler", () -> {
                    if (due.get().status() == ExecutionStatus.WAITING) {
                        // attempts > 1 here: the refund is looked up before it is sent again.
                        executor.run(job, due.get().attempts());
                    } else {
                        resolve(job, due.get());
                    }
                });
            } finally {
                leases.letGo(ExecutionKey.of(job));
            }
        }
    }

    private void resolve(PaymentJob job, DueExecution due) {
        Lookup found = gateway.lookup(job);
        if (found instanceof Lookup.Found done && done.outcome() instanceof GatewayOutcome.Final outcome) {
            log.info("Operation {} resolved from Braintree's records: {}", job.operationId(), outcome);
            recorder.record(job, outcome);
            return;
        }
        Duration unknownFor = Duration.between(due.unknownSince().toInstant(), clock.instant());
        boolean givenUp = unknownFor.compareTo(properties.unknownGiveUpAfter()) > 0;
        switch (found) {
            case Lookup.NotApplied notApplied
            when givenUp ->
                recorder.record(
                        job,
                        new GatewayOutcome.Failed(
                                "gateway_not_applied",
                                "Braintree's records show this operation never happened (" + notApplied.evidence()
                                        + ") after " + unknownFor.toMinutes() + " minutes of trying: nothing moved"));
            case Lookup.NotApplied notApplied -> {
                log.info(
                        "Operation {} was not applied ({}); sending it again",
                        job.operationId(),
                        notApplied.evidence());
                executor.sendAgain(job, due.attempts());
            }
            case Lookup.NoRecord noRecord
            when givenUp ->
                recorder.record(
                        job,
                        new GatewayOutcome.Failed(
                                "gateway_has_no_record",
                                "Braintree has no transaction for this operation " + unknownFor.toMinutes()
                                        + " minutes on: nothing moved"));
            default ->
                executions.park(
                        ExecutionKey.of(job),
                        due.attempts(),
                        ExecutionStatus.UNKNOWN,
                        describe(found),
                        properties.retryDelay(due.attempts()));
        }
    }

    private static String describe(Lookup found) {
        return switch (found) {
            case Lookup.Found done -> done.outcome().toString();
            case Lookup.Unreadable unreadable -> unreadable.reason();
            case Lookup.NotApplied notApplied -> notApplied.evidence();
            case Lookup.NoRecord noRecord -> "not at the gateway yet";
        };
    }
}
