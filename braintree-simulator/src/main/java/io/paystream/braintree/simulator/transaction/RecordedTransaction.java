package io.paystream.braintree.simulator.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one gateway transaction from the simulator's own records, for assertions such as "exactly one sale
 * exists for this orderId".
 */
public record RecordedTransaction(
        String id,
        String type,
        String status,
        BigDecimal amount,
        BigDecimal authorizedAmount,
        String currencyIsoCode,
        String orderId,
        String merchantAccountId,
        String paymentInstrumentType,
        String paymentMethodToken,
        String customerId,
        String processorResponseCode,
        String processorResponseText,
        String refundedTransactionId,
        String authorizedTransactionId,
        List<String> refundIds,
        List<String> partialSettlementTransactionIds,
        Instant createdAt,
        Instant updatedAt) {

    static RecordedTransaction of(Transaction transaction) {
        Terms terms = transaction.terms();
        return new RecordedTransaction(
                terms.id(),
                terms.type(),
                transaction.status().wireName(),
                transaction.amount(),
                terms.authorizedAmount(),
                terms.account().currency().getCurrencyCode(),
                terms.orderId(),
                terms.account().id(),
                terms.payment().instrument().instrumentType(),
                terms.payment().token(),
                terms.payment().customerId(),
                terms.response() == null ? null : terms.response().code(),
                terms.response() == null ? null : terms.response().text(),
                terms.refundedTransactionId(),
                terms.authorizedTransactionId(),
                transaction.refundIds(),
                transaction.partialSettlementIds(),
                terms.createdAt(),
                transaction.updatedAt());
    }
}
