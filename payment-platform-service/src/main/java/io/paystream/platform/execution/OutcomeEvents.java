package io.paystream.platform.execution;

import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.contracts.ReversalMethod;
import io.paystream.platform.gateway.GatewayOutcome;
import java.time.Instant;
import java.util.UUID;

/** The event that tells the world how an operation ended. */
final class OutcomeEvents {

    private OutcomeEvents() {}

    static PaymentEvent of(PaymentJob job, GatewayOutcome.Final outcome, Instant occurredAt) {
        return switch (outcome) {
            case GatewayOutcome.Succeeded ok ->
                event(
                        job,
                        succeededType(job.operation()),
                        transactionOr(ok.transactionId(), job),
                        methodType(job, ok.methodType()),
                        reversalMethod(job, ok),
                        null,
                        null,
                        occurredAt);
            case GatewayOutcome.Declined declined ->
                event(
                        job,
                        job.operation() == Operation.APPROVE
                                ? PaymentEventType.PAYMENT_DECLINED
                                : PaymentEventType.PAYMENT_FAILED,
                        transactionOr(declined.transactionId(), job),
                        methodType(job, declined.methodType()),
                        null,
                        declined.code(),
                        declined.message(),
                        occurredAt);
            case GatewayOutcome.Failed failed ->
                event(
                        job,
                        PaymentEventType.PAYMENT_FAILED,
                        job.gatewayTransactionId(),
                        methodType(job, null),
                        null,
                        failed.code(),
                        failed.message(),
                        occurredAt);
        };
    }

    private static PaymentEventType succeededType(Operation operation) {
        return switch (operation) {
            case APPROVE -> PaymentEventType.PAYMENT_APPROVED;
            case DEPOSIT -> PaymentEventType.PAYMENT_DEPOSITED;
            case REVERSE -> PaymentEventType.PAYMENT_REVERSED;
            case REFUND -> PaymentEventType.PAYMENT_REFUNDED;
        };
    }

    /** Only a reversal says how it was done; a refund carried out as a void is still a refund to its consumers. */
    private static ReversalMethod reversalMethod(PaymentJob job, GatewayOutcome.Succeeded ok) {
        if (job.operation() != Operation.REVERSE) {
            return null;
        }
        return ok.reversalMethod() == null ? ReversalMethod.VOID : ok.reversalMethod();
    }

    private static PaymentMethodType methodType(PaymentJob job, PaymentMethodType fromGateway) {
        if (job.paymentMethod() != null) {
            return job.paymentMethod().type();
        }
        return fromGateway;
    }

    private static String transactionOr(String transactionId, PaymentJob job) {
        return transactionId != null ? transactionId : job.gatewayTransactionId();
    }

    private static PaymentEvent event(
            PaymentJob job,
            PaymentEventType type,
            String gatewayTransactionId,
            PaymentMethodType methodType,
            ReversalMethod reversalMethod,
            String failureCode,
            String failureMessage,
            Instant occurredAt) {
        return new PaymentEvent(
                "evt_" + UUID.randomUUID(),
                type,
                job.paymentId(),
                job.orderId(),
                job.merchantId(),
                job.customerId(),
                job.operationId(),
                job.sequence(),
                job.amount(),
                job.currency(),
                gatewayTransactionId,
                methodType,
                reversalMethod,
                failureCode,
                failureMessage,
                occurredAt);
    }
}
