package io.paystream.orchestrator.payment;

import java.time.Instant;
import java.util.List;

/** Everything a payment holds, as stored: what {@link Payment} is restored from. */
record PaymentState(
        String paymentId,
        String orderId,
        String merchantId,
        String customerId,
        String currency,
        long requestedAmount,
        PaymentStatus status,
        long authorizedAmount,
        long capturedAmount,
        long refundedAmount,
        PaymentMethodRef method,
        String gatewayTransactionId,
        List<PaymentOperation> operations,
        Instant createdAt,
        Instant updatedAt) {

    /** A payment asked for and not yet authorized: nothing authorized, captured or refunded, no operations yet. */
    static PaymentState awaitingApproval(
            String paymentId,
            String orderId,
            String merchantId,
            String customerId,
            long amount,
            String currency,
            PaymentMethodRef method,
            Instant now) {
        return new PaymentState(
                paymentId,
                orderId,
                merchantId,
                customerId,
                currency,
                amount,
                PaymentStatus.AUTHORIZATION_PENDING,
                0,
                0,
                0,
                method,
                null,
                List.of(),
                now,
                now);
    }

    PaymentState withOperations(List<PaymentOperation> stored) {
        return new PaymentState(
                paymentId,
                orderId,
                merchantId,
                customerId,
                currency,
                requestedAmount,
                status,
                authorizedAmount,
                capturedAmount,
                refundedAmount,
                method,
                gatewayTransactionId,
                stored,
                createdAt,
                updatedAt);
    }
}
