package io.paystream.platform.gateway;

import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.GatewayAttemptRecorded;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.ReversalMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Each call to the gateway told to the audit trail (ARCHITECTURE §12) as a {@link GatewayAttemptRecorded} on
 * {@value AuditTopics#GATEWAY_ATTEMPTS} ({@link GatewayAttemptLog}): with the outcome it ended in, in one transaction, or
 * on its own right after the call. A crash before that commit loses the attempt's record with the outcome's, and the
 * operation is then looked up, an attempt of its own that finds what the lost one did. Who called is {@code platform}, or the part that says otherwise with {@link #callingAs}.
 */
public final class AuditedGateway implements Gateway {

    private static final ThreadLocal<String> CALLER = ThreadLocal.withInitial(() -> "platform");

    private final Gateway gateway;
    private final GatewayAttemptLog log;
    private final Clock clock;

    AuditedGateway(Gateway gateway, GatewayAttemptLog log, Clock clock) {
        this.gateway = gateway;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public GatewayOutcome execute(PaymentJob job) {
        Instant started = clock.instant();
        GatewayOutcome outcome = gateway.execute(job);
        record(job, call(job, outcome), started, GatewayAttempts.of(outcome), outcome instanceof GatewayOutcome.Final);
        return outcome;
    }

    @Override
    public Lookup lookup(PaymentJob job) {
        Instant started = clock.instant();
        Lookup found = gateway.lookup(job);
        boolean endsIt = found instanceof Lookup.Found done && done.outcome() instanceof GatewayOutcome.Final;
        record(job, "find", started, GatewayAttempts.of(found), endsIt);
        return found;
    }

    private void record(
            PaymentJob job, String call, Instant started, GatewayAttempts.Summary summary, boolean endsTheOperation) {
        GatewayAttemptRecorded attempt = new GatewayAttemptRecorded(
                "att_" + UUID.randomUUID(),
                job.merchantId(),
                job.paymentId(),
                job.operationId(),
                job.operation(),
                call,
                CALLER.get(),
                summary.transactionId(),
                summary.code(),
                summary.text(),
                Duration.between(started, clock.instant()).toMillis(),
                summary.outcome(),
                started);
        log.attempted(attempt, endsTheOperation);
    }

    /** Runs {@code work} with its gateway calls recorded as {@code caller}'s (the reconciler's, say). */
    public static void callingAs(String caller, Runnable work) {
        String before = CALLER.get();
        CALLER.set(caller);
        try {
            work.run();
        } finally {
            CALLER.set(before);
        }
    }

    /** Braintree's name for what was asked: a reversal is a void or, once settled, a refund. */
    private static String call(PaymentJob job, GatewayOutcome outcome) {
        return switch (job.operation()) {
            case APPROVE -> "sale";
            case DEPOSIT -> "submit_for_settlement";
            case REFUND -> "refund";
            case REVERSE ->
                outcome instanceof GatewayOutcome.Succeeded ok && ok.reversalMethod() == ReversalMethod.REFUND
                        ? "refund"
                        : "void";
        };
    }
}
