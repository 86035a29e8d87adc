package io.paystream.platform.execution;

import io.paystream.contracts.PaymentJob;
import io.paystream.platform.gateway.Gateway;
import io.paystream.platform.gateway.GatewayOutcome;
import io.paystream.platform.gateway.Lookup;
import java.time.Clock;
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
    private final LeaseKeeper leases;
    private final OutcomeRecorder recorder;
    private final Gateway gateway;
    private final PlatformProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    JobExecutor(
            Executions executions,
            LeaseKeeper leases,
            OutcomeRecorder recorder,
            Gateway gateway,
            PlatformProperties properties,
            JsonMapper json,
            Clock clock) {
        this.executions = executions;
        this.leases = leases;
        this.recorder = recorder;
        this.gateway = gateway;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** One delivery of the job; {@code keepMessage} holds the message back from redelivery while the work goes on. */
    public Disposition handle(PaymentJob job, Runnable keepMessage) {
        return switch (executions.claim(job, json.writeValueAsString(job), properties.lease())) {
            case Claim.Owned owned -> {
                leases.hold(ExecutionKey.of(job), owned.attempts(), keepMessage);
                try {
                    yield run(job, owned.attempts());
                } finally {
                    leases.letGo(ExecutionKey.of(job));
                }
            }
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
        if (attempts == 1) {
            return settle(job, gateway.execute(job), attempts, true);
        }
        return switch (gateway.lookup(job)) {
            case Lookup.Found found -> settle(job, found.outcome(), attempts, true);
            case Lookup.Unreadable unreadable ->
                settle(job, new GatewayOutcome.Transient(unreadable.reason()), attempts, true);
            case Lookup.NotApplied notApplied -> sendAgain(job, attempts);
            case Lookup.NoRecord noRecord -> sendAgain(job, attempts);
        };
    }

    /** Sends on a renewed lease, once the gateway's records show nothing done; a holder that lost the lease sends nothing. */
    Disposition sendAgain(PaymentJob job, int attempts) {
        if (!executions.renew(ExecutionKey.of(job), attempts, properties.lease())) {
            return new Disposition.RetryAfter(properties.lease(), "lost the lease on " + job.operationId());
        }
        return settle(job, gateway.execute(job), attempts, false);
    }

    private Disposition settle(PaymentJob job, GatewayOutcome outcome, int attempts, boolean mayResend) {
        return switch (outcome) {
            case GatewayOutcome.Final done -> {
                recorder.record(job, done);
                yield Disposition.DONE;
            }
            case GatewayOutcome.AwaitingSettlement waiting -> awaitSettlement(job, waiting, attempts);
            case GatewayOutcome.Unknown unknown -> resolveUnknown(job, unknown, attempts, mayResend);
            case GatewayOutcome.Transient failure -> {
                executions.release(ExecutionKey.of(job), attempts);
                log.warn(
                        "Operation {} hit a transient gateway failure, attempt {}: {}",
                        job.operationId(),
                        attempts,
                        failure.reason());
                yield new Disposition.RetryAfter(properties.retryDelay(attempts), failure.reason());
            }
        };
    }

    /**
     * A timeout or lost answer: ask the gateway at once. Done, it is recorded; proven not done (a capture or void the
     * transaction's status shows never happened), it is sent again at once, once; if the gateway cannot say, the
     * operation is UNKNOWN, not failed, and the reconciler asks again.
     */
    private Disposition resolveUnknown(
            PaymentJob job, GatewayOutcome.Unknown unknown, int attempts, boolean mayResend) {
        Lookup found = gateway.lookup(job);
        if (found instanceof Lookup.Found done && done.outcome() instanceof GatewayOutcome.Final outcome) {
            recorder.record(job, outcome);
            return Disposition.DONE;
        }
        if (found instanceof Lookup.NotApplied notApplied && mayResend) {
            log.info(
                    "Operation {} was not applied ({}: {}); sending it again",
                    job.operationId(),
                    unknown.reason(),
                    notApplied.evidence());
            return sendAgain(job, attempts);
        }
        log.warn(
                "Operation {} has an unknown outcome ({}); the reconciler will ask Braintree again",
                job.operationId(),
                unknown.reason());
        executions.park(
                ExecutionKey.of(job), attempts, ExecutionStatus.UNKNOWN, unknown.reason(), properties.retryBaseDelay());
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
                ExecutionKey.of(job),
                attempts,
                ExecutionStatus.WAITING,
                "capture is " + waiting.status(),
                properties.retryDelay(attempts));
        return Disposition.DONE;
    }
}
