package io.paystream.contracts;

/** What a payment job asks the gateway to do. */
public enum Operation {
    /** Authorize the amount on the payment method (Braintree sale without settlement). */
    APPROVE,
    /** Capture part or all of what was authorized (submit for settlement). */
    DEPOSIT,
    /** Undo the approval: a void while unsettled, otherwise a refund of what is left. */
    REVERSE,
    /** Return captured money to the customer. */
    REFUND
}
