package io.paystream.contracts;

/** How a reversal was carried out at the gateway, decided from the transaction's live status. */
public enum ReversalMethod {
    /** The authorization (or an unsettled capture) was voided: no money moved. */
    VOID,
    /** The capture had settled, so the remaining amount was refunded. */
    REFUND
}
