package io.paystream.braintree.simulator.transaction;

import java.util.Locale;

/** A gateway transaction status; {@link #canBecome} is the whole transition table. */
public enum TransactionStatus {
    AUTHORIZED,
    SUBMITTED_FOR_SETTLEMENT,
    SETTLEMENT_PENDING,
    SETTLING,
    SETTLED,
    SETTLEMENT_CONFIRMED,
    SETTLEMENT_DECLINED,
    VOIDED,
    PROCESSOR_DECLINED,
    GATEWAY_REJECTED,
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean canBecome(TransactionStatus next) {
        return switch (this) {
            case AUTHORIZED -> next == SUBMITTED_FOR_SETTLEMENT || next == SETTLEMENT_PENDING || next == VOIDED;
            case SUBMITTED_FOR_SETTLEMENT ->
                next == SETTLING
                        || next == SETTLED
                        || next == SETTLEMENT_CONFIRMED
                        || next == SETTLEMENT_DECLINED
                        || next == SETTLEMENT_PENDING
                        || next == VOIDED;
            case SETTLING, SETTLEMENT_PENDING ->
                next == SETTLED || next == SETTLEMENT_CONFIRMED || next == SETTLEMENT_DECLINED;
            case SETTLED,
                    SETTLEMENT_CONFIRMED,
                    SETTLEMENT_DECLINED,
                    VOIDED,
                    PROCESSOR_DECLINED,
                    GATEWAY_REJECTED,
                    FAILED -> false;
        };
    }

    /** The gateway voids only what has not started to settle. */
    boolean voidable() {
        return this == AUTHORIZED || this == SUBMITTED_FOR_SETTLEMENT;
    }

    /** The gateway refunds only money that has moved or is moving. */
    boolean refundable() {
        return this == SETTLED || this == SETTLING || this == SETTLEMENT_CONFIRMED;
    }

    /** Whether the transaction's amount counts towards what was captured or refunded. */
    boolean holdsMoney() {
        return switch (this) {
            case VOIDED, PROCESSOR_DECLINED, GATEWAY_REJECTED, FAILED, SETTLEMENT_DECLINED -> false;
            default -> true;
        };
    }
}
