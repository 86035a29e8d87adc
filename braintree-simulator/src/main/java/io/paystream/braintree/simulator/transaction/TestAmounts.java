package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.nonce.Card;
import io.paystream.braintree.simulator.nonce.Instrument;
import java.math.BigDecimal;

/** The sandbox's test amounts: what authorizing and settling a given amount does. */
final class TestAmounts {

    private static final BigDecimal DECLINES_FROM = new BigDecimal("2000.00");
    private static final BigDecimal FAILS_FROM = new BigDecimal("3000.00");
    private static final BigDecimal APPROVES_AGAIN_FROM = new BigDecimal("3001.00");
    private static final BigDecimal SETTLEMENT_DECLINES_FROM = new BigDecimal("4001.00");
    private static final BigDecimal SETTLEMENT_DECLINES_UNTIL = new BigDecimal("4002.00");
    private static final BigDecimal APPLICATION_INCOMPLETE = new BigDecimal("5001.00");

    /** The outcome of authorizing: a status, a processor response (null when rejected) and a rejection reason. */
    record Authorization(TransactionStatus status, ProcessorResponse response, String gatewayRejectionReason) {

        boolean approved() {
            return status == TransactionStatus.AUTHORIZED;
        }

        /** The top-level message of the 422 answer for a failed authorization. */
        String message() {
            return response != null ? response.text() : "Gateway Rejected: " + gatewayRejectionReason;
        }
    }

    private TestAmounts() {}

    static Authorization authorize(BigDecimal amount, Instrument instrument) {
        if (instrument instanceof Card card && card.declines()) {
            return new Authorization(TransactionStatus.PROCESSOR_DECLINED, ProcessorResponse.declined(2000), null);
        }
        if (amount.compareTo(DECLINES_FROM) >= 0 && amount.compareTo(FAILS_FROM) < 0) {
            ProcessorResponse declined = ProcessorResponse.declined(amount.intValue());
            return new Authorization(TransactionStatus.PROCESSOR_DECLINED, declined, null);
        }
        if (amount.compareTo(FAILS_FROM) >= 0 && amount.compareTo(APPROVES_AGAIN_FROM) < 0) {
            return new Authorization(TransactionStatus.FAILED, ProcessorResponse.NETWORK_UNAVAILABLE, null);
        }
        if (amount.compareTo(APPLICATION_INCOMPLETE) == 0) {
            return new Authorization(TransactionStatus.GATEWAY_REJECTED, null, "application_incomplete");
        }
        return new Authorization(TransactionStatus.AUTHORIZED, ProcessorResponse.APPROVED, null);
    }

    /** Sales of 4001.00-4001.99 are declined at settlement (code 4001), as in the sandbox. */
    static boolean settlementDeclines(BigDecimal amount) {
        return amount.compareTo(SETTLEMENT_DECLINES_FROM) >= 0 && amount.compareTo(SETTLEMENT_DECLINES_UNTIL) < 0;
    }
}
