package io.paystream.orders.order;

import io.paystream.contracts.PaymentEventType;
import java.util.EnumSet;
import java.util.Set;

/** Where an order stands in its payment lifecycle (ARCHITECTURE §9). */
public enum OrderStatus {
    CREATED,
    AUTHORIZED,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED,
    REVERSED,
    PAYMENT_DECLINED,
    PAYMENT_FAILED;

    /**
     * The transition table: the statuses an event of {@code type} may lead to from this one; empty when the
     * machine forbids it. Once a payment is approved, a decline or failure (of a follow-up operation, or of
     * another payment's late attempt) keeps the status: it is history, never a step backwards.
     */
    public Set<OrderStatus> next(PaymentEventType type) {
        return switch (this) {
            case CREATED, PAYMENT_DECLINED, PAYMENT_FAILED ->
                switch (type) {
                    case PAYMENT_APPROVED -> EnumSet.of(AUTHORIZED);
                    case PAYMENT_DECLINED -> EnumSet.of(PAYMENT_DECLINED);
                    case PAYMENT_FAILED -> EnumSet.of(PAYMENT_FAILED);
                    case PAYMENT_DEPOSITED, PAYMENT_REVERSED, PAYMENT_REFUNDED -> EnumSet.noneOf(OrderStatus.class);
                };
            case AUTHORIZED ->
                switch (type) {
                    case PAYMENT_DEPOSITED -> EnumSet.of(PAID);
                    case PAYMENT_REVERSED -> EnumSet.of(REVERSED);
                    case PAYMENT_DECLINED, PAYMENT_FAILED -> EnumSet.of(AUTHORIZED);
                    case PAYMENT_APPROVED, PAYMENT_REFUNDED -> EnumSet.noneOf(OrderStatus.class);
                };
            case PAID ->
                switch (type) {
                    case PAYMENT_DEPOSITED -> EnumSet.of(PAID);
                    case PAYMENT_REVERSED -> EnumSet.of(REVERSED);
                    case PAYMENT_REFUNDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
                    case PAYMENT_DECLINED, PAYMENT_FAILED -> EnumSet.of(PAID);
                    case PAYMENT_APPROVED -> EnumSet.noneOf(OrderStatus.class);
                };
            case PARTIALLY_REFUNDED ->
                switch (type) {
                    case PAYMENT_REFUNDED -> EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
                    case PAYMENT_DECLINED, PAYMENT_FAILED -> EnumSet.of(PARTIALLY_REFUNDED);
                    case PAYMENT_APPROVED, PAYMENT_DEPOSITED, PAYMENT_REVERSED -> EnumSet.noneOf(OrderStatus.class);
                };
            case REFUNDED, REVERSED ->
                switch (type) {
                    case PAYMENT_DECLINED, PAYMENT_FAILED -> EnumSet.of(this);
                    case PAYMENT_APPROVED, PAYMENT_DEPOSITED, PAYMENT_REVERSED, PAYMENT_REFUNDED ->
                        EnumSet.noneOf(OrderStatus.class);
                };
        };
    }

    /** Whether an approved payment stands behind the order (its follow-up operations may apply). */
    public boolean isPaymentApproved() {
        return this != CREATED && this != PAYMENT_DECLINED && this != PAYMENT_FAILED;
    }
}
