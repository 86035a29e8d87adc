package io.paystream.orders;

import io.paystream.contracts.DefaultMerchant;
import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.contracts.ReversalMethod;
import java.time.Instant;
import java.util.UUID;

/** The events one payment of an order produces, numbered as the orchestrator numbers its operations (1, 2, …). */
public final class PaymentScript {

    private final String orderId;
    private final String customerId;
    private final String currency;
    private final String paymentId = "pay_" + UUID.randomUUID();
    private long sequence;

    private PaymentScript(String orderId, String customerId, String currency) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.currency = currency;
    }

    public static PaymentScript forOrder(String orderId, String customerId, String currency) {
        return new PaymentScript(orderId, customerId, currency);
    }

    public String paymentId() {
        return paymentId;
    }

    public PaymentEvent approved(long amount) {
        return next(PaymentEventType.PAYMENT_APPROVED, amount, currency);
    }

    public PaymentEvent approved(long amount, String otherCurrency) {
        return next(PaymentEventType.PAYMENT_APPROVED, amount, otherCurrency);
    }

    public PaymentEvent declined(long amount) {
        return next(PaymentEventType.PAYMENT_DECLINED, amount, currency);
    }

    public PaymentEvent failed(long amount) {
        return next(PaymentEventType.PAYMENT_FAILED, amount, currency);
    }

    public PaymentEvent deposited(long amount) {
        return next(PaymentEventType.PAYMENT_DEPOSITED, amount, currency);
    }

    public PaymentEvent reversed(long amount) {
        return next(PaymentEventType.PAYMENT_REVERSED, amount, currency);
    }

    public PaymentEvent refunded(long amount) {
        return next(PaymentEventType.PAYMENT_REFUNDED, amount, currency);
    }

    /** The same payment's events, but claiming another customer. */
    public PaymentEvent approvedFor(String otherCustomer, long amount) {
        return approvedFor(approved(amount).merchantId(), otherCustomer, amount);
    }

    /** The same payment's events, but claiming a customer of {@code otherMerchant}. */
    public PaymentEvent approvedFor(String otherMerchant, String otherCustomer, long amount) {
        PaymentEvent event = approved(amount);
        return new PaymentEvent(
                event.eventId(),
                event.eventType(),
                paymentId,
                orderId,
                otherMerchant,
                otherCustomer,
                event.operationId(),
                event.sequence(),
                amount,
                currency,
                event.gatewayTransactionId(),
                event.paymentMethodType(),
                null,
                null,
                null,
                event.occurredAt());
    }

    private PaymentEvent next(PaymentEventType type, long amount, String eventCurrency) {
        sequence++;
        boolean unsuccessful = type.isUnsuccessful();
        return new PaymentEvent(
                "evt_" + UUID.randomUUID(),
                type,
                paymentId,
                orderId,
                DefaultMerchant.ID,
                customerId,
                "op_" + UUID.randomUUID(),
                sequence,
                amount,
                eventCurrency,
                unsuccessful ? null : "tx" + sequence,
                PaymentMethodType.CARD,
                type == PaymentEventType.PAYMENT_REVERSED ? ReversalMethod.VOID : null,
                unsuccessful ? (type == PaymentEventType.PAYMENT_DECLINED ? "2046" : "3000") : null,
                unsuccessful ? "Declined" : null,
                Instant.now());
    }
}
