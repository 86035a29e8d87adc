package io.paystream.orchestrator.payment;

import io.paystream.contracts.Operation;
import io.paystream.contracts.ReversalMethod;
import java.time.Instant;

/** One numbered operation on a payment, as the payment resource lists it. */
public record PaymentOperation(
        String operationId,
        int sequence,
        Operation type,
        long amount,
        OperationStatus status,
        String targetTransactionId,
        String gatewayTransactionId,
        ReversalMethod reversalMethod,
        String failureCode,
        String failureMessage,
        Instant createdAt,
        Instant completedAt) {

    /** An operation just asked for: pending, with no outcome yet. */
    static PaymentOperation pending(
            String operationId, int sequence, Operation type, long amount, String targetTransactionId, Instant now) {
        return new PaymentOperation(
                operationId,
                sequence,
                type,
                amount,
                OperationStatus.PENDING,
                targetTransactionId,
                null,
                null,
                null,
                null,
                now,
                null);
    }

    PaymentOperation ended(
            OperationStatus outcome,
            String transactionId,
            ReversalMethod how,
            String code,
            String message,
            Instant at) {
        return new PaymentOperation(
                operationId,
                sequence,
                type,
                amount,
                outcome,
                targetTransactionId,
                transactionId,
                how,
                code,
                message,
                createdAt,
                at);
    }

    boolean isOpen() {
        return status.isOpen();
    }

    /** Still holds its amount against the payment's limits: pending, unknown, or done. */
    boolean counts() {
        return status == OperationStatus.SUCCEEDED || status.isOpen();
    }
}
