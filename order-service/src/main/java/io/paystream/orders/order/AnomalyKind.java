package io.paystream.orders.order;

/** Why an event can never be applied to its order. */
public enum AnomalyKind {
    /** The event's currency is not the order's. */
    CURRENCY_MISMATCH,
    /** An approval for an amount other than the order's. */
    AMOUNT_MISMATCH,
    /** Deposits above the order amount, refunds above what was paid, a reversal above the order amount. */
    AMOUNT_EXCEEDED,
    /** The event names a customer other than the order's owner. */
    CUSTOMER_MISMATCH,
    /** The event is about a payment other than the one that authorized the order. */
    PAYMENT_MISMATCH,
    /** The state machine forbids the event in the order's status, and no later event can change that. */
    TRANSITION_FORBIDDEN,
    /** The event waited in the parking longer than allowed without fitting. */
    PARKED_TOO_LONG,
    /** The record on the topic is not a valid payment event. */
    MALFORMED_EVENT
}
