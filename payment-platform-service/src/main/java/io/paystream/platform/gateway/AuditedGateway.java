package io.paystream.platform.gateway;

import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.GatewayAttemptRecorded;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.ReversalMethod;
import io.paystream.outbox.KafkaOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each call to the gateway told to the audit trail (ARCHITECTURE §12) as a {@link GatewayAttemptRecorded} on
 * {@value AuditTopics#GATEWAY_ATTEMPTS}, committed to the outbox right after the call and before its outcome is
 * recorded: a crash between the two leaves the attempt on record and the operation to be looked up, which is an
 * attempt of its own. Who called is {@code platform}, or the part that says otherwise with {@link #callingAs}.
 */
public final class AuditedGateway implements Gateway {

    private static final ThreadLocal<String> CALLER = ThreadLocal.withInitial(() -> "platform");

    private final Gateway gateway;
    private final KafkaOutbox outbox;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    AuditedGateway(
            Gateway gateway, KafkaOutbox outbox, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.gateway = gateway;
        this.outbox = outbox;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public GatewayOutcome execute(PaymentJob job) {
        Instant started = clock.instant();
        GatewayOutcome outcome = gateway.execute(job);
        record(job, call(job, outcome), started, GatewayAttempts.of(outcome));
        return outcome;
    }

    @Override
    public Lookup lookup(PaymentJob job) {
        Instant started = clock.instant();
        Lookup found = gateway.lookup(job);
        record(job, "find", started, GatewayAttempts.of(found));
        return found;
    }

    private void record(PaymentJob job, String call, Instant started, GatewayAttempts.Summary summary) {
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
        String payload = json.writeValueAsString(attempt);
        transactions.executeWithoutResult(
                status -> outbox.append(AuditTopics.GATEWAY_ATTEMPTS, job.paymentId(), payload));
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
