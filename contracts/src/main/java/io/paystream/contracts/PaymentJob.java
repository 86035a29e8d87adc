package io.paystream.contracts;

import static io.paystream.contracts.Fields.require;
import static io.paystream.contracts.Fields.requirePositive;
import static io.paystream.contracts.Fields.requireText;

import java.time.Instant;

/**
 * The message on {@value PaymentQueues#PAYMENT_REQUESTS}: one gateway operation to execute.
 *
 * <p>{@code operationId} is the execution key: the platform service runs each one at most once at the
 * gateway, whatever the number of deliveries. An approval names a stored method or a one-time nonce,
 * never both; the follow-ups (deposit, reverse, refund) name the approval's gateway transaction.
 */
public record PaymentJob(
        String operationId,
        Operation operation,
        String paymentId,
        String orderId,
        String merchantId,
        String customerId,
        long sequence,
        long amount,
        String currency,
        StoredPaymentMethod paymentMethod,
        String paymentMethodNonce,
        String gatewayTransactionId,
        Instant requestedAt) {

    public PaymentJob {
        requireText(operationId, "operationId");
        require(operation, "operation");
        requireText(paymentId, "paymentId");
        requireText(orderId, "orderId");
        merchantId = DefaultMerchant.orDefault(merchantId);
        requireText(merchantId, "merchantId");
        requireText(customerId, "customerId");
        requirePositive(sequence, "sequence");
        Money.of(amount, currency);
        require(requestedAt, "requestedAt");
        if (operation == Operation.APPROVE) {
            requirePositive(amount, "amount");
            if ((paymentMethod == null) == (paymentMethodNonce == null)) {
                throw new IllegalArgumentException(
                        "an approval needs exactly one of paymentMethod and paymentMethodNonce");
            }
        } else {
            requireText(gatewayTransactionId, "gatewayTransactionId");
        }
    }

    public Money money() {
        return Money.of(amount, currency);
    }

    @Override
    public String toString() {
        return "PaymentJob[operationId=" + operationId + ", operation=" + operation + ", paymentId=" + paymentId
                + ", orderId=" + orderId + ", sequence=" + sequence + ", amount=" + money() + "]";
    }
}
