package io.paystream.platform.execution;

import io.paystream.contracts.PaymentJob;
import io.paystream.platform.gateway.Gateway;
import io.paystream.platform.gateway.GatewayOutcome;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one delivery of a job: claim the operation (committed), call the gateway outside any transaction,
 * then record what it said. An operation that an earlier attempt may have sent is looked up before it is sent
 * again, so no retry or redelivery moves money twice.
 */
@Service
public class JobExecutor {

    private static final Logger log = LoggerFactory.getLogger(JobExecutor.class);

    private final Executions executions;
    private final OutcomeRecorder recorder;
    private final Gateway gateway;
    private final PlatformProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    JobExecutor(
            Executions executions,
            OutcomeRecorder recorder,
            Gateway gateway,
            PlatformProperties properties,
            JsonMapper json,
            Clock clock) {
        this.executions = executions;
        this.recorder = recorder;
        this.gateway = gateway;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    public Disposition handle(PaymentJob job) {
        return switch (executions.claim(job, json.writeValueAsString(job), properties.lease())) {
            case Claim.Owned owned -> run(job, owned.attempts());
            case Claim.Finished finished -> {
                recorder.republish(finished.event());
                yield Disposition.DONE;
            }
            // Another holder is working on it: come back once its lease may have run out.
            case Claim.Busy busy ->
                new Disposition.RetryAfter(properties.lease(), "another delivery holds " + job.operationId());
            case Claim.Parked parked -> Disposition.DONE;
        };
    }

    /**
     * One attempt by the holder of attempt {@code attempts}: look up first when an earlier attempt may have reached
     * the gateway, and send only while still holding the lease. Attempt 1 is a row inserted by the claim a moment
     * ago, with a full lease; a later attempt renews it after its lookup, which can take as long as the gateway does.
     */
    Disposition run(PaymentJob job, int attempts) {
        if (attempts > 1) {
            Optional<GatewayOutcome> earlier = gateway.lookup(job);
            if (earlier.isPresent()) {
                return settle(job, earlier.get(), attempts);
            }
            if (!executions.renew(job.operationId(), attempts, properties.lease())) {
                return new Disposition.RetryAfter(properties.lease(), "lost the lease on " + job.operationId());
            }
        }
        return settle(job, gateway.execute(job), attempts);
    }

    private Disposition settle(PaymentJob job, GatewayOutcome outcome, int attempts) {
        return switch (outcome) {
            case GatewayOutcome.Final done -> {
                recorder.record(job, done);
                yield Disposition.DONE;
            }
            case GatewayOutcome.AwaitingSettlement waiting -> awaitSettlement(job, waiting, attempts);
            case GatewayOutcome.Unknown unknown -> resolveUnknown(job, unknown, attempts);
            case GatewayOutcome.Transient failure -> {
                executions.release(job.operationId(), attempts);
                log.warn(
                        "Operation {} hit a transient gateway failure, attempt {}: {}",
                        job.operationId(),
                        attempts,
                        failure.reason());
                yield new Disposition.RetryAfter(properties.retryDelay(attempts), failure.reason());
            }
        };
    }

    /** A timeout or lost answer: ask the gateway at once; if it cannot say, the operation is UNKNOWN, not failed. */
    private Disposition resolveUnknown(PaymentJob job, GatewayOutcome.Unknown unknown, int attempts) {
        Optional<GatewayOutcome> found = gateway.lookup(job);
        if (found.isPresent() && found.get() instanceof GatewayOutcome.Final done) {
            recorder.record(job, done);
            return Disposition.DONE;
        }
        log.warn(
                "Operation {} has an unknown outcome ({}); the reconciler will ask Braintree again",
                job.operationId(),
                unknown.reason());
        executions.park(
                job.operationId(), attempts, ExecutionStatus.UNKNOWN, unknown.reason(), properties.retryBaseDelay());
        return Disposition.DONE;
    }

    private Disposition awaitSettlement(PaymentJob job, GatewayOutcome.AwaitingSettlement waiting, int attempts) {
        if (clock.instant().isAfter(job.requestedAt().plus(properties.settlementWaitLimit()))) {
            recorder.record(
                    job,
                    new GatewayOutcome.Failed(
                            "settlement_wait_expired",
                            "The capture did not settle within " + properties.settlementWaitLimit()
                                    + "; nothing was refunded"));
            return Disposition.DONE;
        }
        executions.park(
                job.operationId(),
                attempts,
                ExecutionStatus.WAITING,
                "capture is " + waiting.status(),
                properties.retryDelay(attempts));
        return Disposition.DONE;
    }
}
