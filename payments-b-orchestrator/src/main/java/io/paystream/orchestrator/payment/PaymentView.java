package io.paystream.orchestrator.payment;

import io.paystream.contracts.PaymentMethodType;
import java.time.Instant;
import java.util.List;

/** The payment resource of ARCHITECTURE §3. */
public record PaymentView(
        String paymentId,
        String orderId,
        PaymentStatus status,
        String currency,
        long authorizedAmount,
        long capturedAmount,
        long refundedAmount,
        Method paymentMethod,
        List<Operation> operations,
        Instant createdAt,
        Instant updatedAt) {

    /** The method charged, without its gateway token. */
    public record Method(String id, PaymentMethodType type, String brand, String last4) {}

    /** One operation on the payment. */
    public record Operation(
            String operationId,
            io.paystream.contracts.Operation type,
            long amount,
            OperationStatus status,
            String gatewayTransactionId,
            String failureCode,
            String failureMessage,
            Instant createdAt,
            Instant completedAt) {}

    static PaymentView of(Payment payment) {
        PaymentMethodRef method = payment.method();
        return new PaymentView(
                payment.paymentId(),
                payment.orderId(),
                payment.status(),
                payment.currency(),
                payment.authorizedAmount(),
                payment.capturedAmount(),
                payment.refundedAmount(),
                new Method(method.id(), method.type(), method.brand(), method.last4()),
                payment.operations().stream()
                        .map(operation -> new Operation(
                                operation.operationId(),
                                operation.type(),
                                operation.amount(),
                                operation.status(),
                                operation.gatewayTransactionId(),
                                operation.failureCode(),
                                operation.failureMessage(),
                                operation.createdAt(),
                                operation.completedAt()))
                        .toList(),
                payment.createdAt(),
                payment.updatedAt());
    }
}
