package io.paystream.braintree.simulator.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What is fixed when a transaction is created: its kind ({@code sale} or {@code credit}), the authorized amount, the
 * links to the transaction it refunds or partially settles, and the authorization's processor response.
 */
record Terms(
        String id,
        String type,
        BigDecimal authorizedAmount,
        String orderId,
        MerchantAccounts.Account account,
        Payment payment,
        ProcessorResponse response,
        String gatewayRejectionReason,
        String authorizationCode,
        String refundedTransactionId,
        String authorizedTransactionId,
        Instant createdAt) {

    boolean isSale() {
        return type.equals("sale");
    }
}
