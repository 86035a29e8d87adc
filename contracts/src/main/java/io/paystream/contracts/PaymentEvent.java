package io.paystream.contracts;

import static io.paystream.contracts.Fields.require;
import static io.paystream.contracts.Fields.requirePositive;
import static io.paystream.contracts.Fields.requireText;

import java.time.Instant;

/**
 * A payment lifecycle event, the value of every record on the six payment topics (key: {@code orderId}).
 *
 * <p>One shape for all six: the topic and {@link #eventType()} say which. A reversal says how it was
 * done ({@code reversalMethod}); a decline or failure says why ({@code failureCode}, {@code
 * failureMessage}). {@code sequence} is the payment's operation number, so consumers can order
 * and de-duplicate; {@code eventId} is unique per event for inbox de-duplication.
 */
public record PaymentEvent(
        String eventId,
        PaymentEventType eventType,
        String paymentId,
        String orderId,
        String merchantId,
        String customerId,
        String operationId,
        long sequence,
        long amount,
        String currency,
        String gatewayTransactionId,
        PaymentMethodType paymentMethodType,
        ReversalMethod reversalMethod,
        String failureCode,
        String failureMessage,
        Instant occurredAt) {

    public PaymentEvent {
        requireText(eventId, "eventId");
        require(eventType, "eventType");
        requireText(paymentId, "paymentId");
        requireText(orderId, "orderId");
        merchantId = DefaultMerchant.orDefault(merchantId);
        requireText(merchantId, "merchantId");
        requireText(customerId, "customerId");
        requireText(operationId, "operationId");
        requirePositive(sequence, "sequence");
        Money.of(amount, currency);
        require(occurredAt, "occurredAt");
        if ((eventType == PaymentEventType.PAYMENT_REVERSED) != (reversalMethod != null)) {
            throw new IllegalArgumentException("reversalMethod is required on, and only on, a reversal");
        }
        if (eventType.isUnsuccessful()) {
            requireText(failureCode, "failureCode");
        } else if (failureCode != null || failureMessage != null) {
            throw new IllegalArgumentException("only a decline or a failure carries a failure code");
        }
    }

    public String topic() {
        return eventType.topic();
    }

    public Money money() {
        return Money.of(amount, currency);
    }
}
