package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.http.ApiErrorResponse;
import io.paystream.braintree.simulator.http.ValidationError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A gateway transaction (a sale, or the credit that refunds one), changed only through verbs that check the
 * gateway's rules and answer its validation errors. Guarded by the simulator's lock.
 */
final class Transaction {

    /** One entry of {@code status-history}. */
    record StatusEvent(Instant timestamp, TransactionStatus status, BigDecimal amount) {}

    private final Terms terms;
    private final List<String> refundIds = new ArrayList<>();
    private final List<String> partialSettlementIds = new ArrayList<>();
    private final List<StatusEvent> history = new ArrayList<>();
    private TransactionStatus status;
    private BigDecimal amount;
    private Instant updatedAt;
    private String settlementBatchId;
    private ProcessorResponse settlementResponse;

    Transaction(Terms terms, TransactionStatus status) {
        this.terms = terms;
        this.status = status;
        this.amount = terms.authorizedAmount();
        this.updatedAt = terms.createdAt();
        history.add(new StatusEvent(terms.createdAt(), status, amount));
    }

    /** Captures {@code captured} of the authorized amount; the transaction keeps its id and takes that amount. */
    void submitForSettlement(BigDecimal captured, Instant now) {
        if (!terms.isSale() || status != TransactionStatus.AUTHORIZED) {
            throw base("91507", "Cannot submit for settlement unless status is authorized.");
        }
        if (captured.compareTo(terms.authorizedAmount()) > 0) {
            throw ApiErrorResponse.of(Amounts.error("91522", "Settlement amount is too large."));
        }
        amount = captured;
        move(TransactionStatus.SUBMITTED_FOR_SETTLEMENT, now);
    }

    /** Whether a further partial settlement may be taken from this authorization. */
    boolean acceptsPartialSettlement() {
        return terms.isSale()
                && (status == TransactionStatus.AUTHORIZED
                        || (status == TransactionStatus.SETTLEMENT_PENDING && !partialSettlementIds.isEmpty()));
    }

    void recordPartialSettlement(String childId, Instant now) {
        partialSettlementIds.add(childId);
        if (status == TransactionStatus.AUTHORIZED) {
            move(TransactionStatus.SETTLEMENT_PENDING, now);
        }
        updatedAt = now;
    }

    void voidTransaction(Instant now) {
        if (!status.voidable()) {
            throw base(
                    "91504",
                    "Transaction can only be voided if status is authorized, submitted_for_settlement, or - for"
                            + " PayPal - settlement_pending.");
        }
        move(TransactionStatus.VOIDED, now);
    }

    void recordRefund(String creditId, Instant now) {
        refundIds.add(creditId);
        updatedAt = now;
    }

    /** Settles as the batch would: settled, or settlement_declined for the sandbox's 4001 amounts. */
    void settle(Instant now) {
        boolean declines = terms.isSale() && TestAmounts.settlementDeclines(amount);
        settleAs(declines ? TransactionStatus.SETTLEMENT_DECLINED : TransactionStatus.SETTLED, now);
    }

    /** Moves a captured transaction to a settlement status, as {@code testing()} does; else 91575. */
    void settleAs(TransactionStatus next, Instant now) {
        if (status == TransactionStatus.AUTHORIZED || !partialSettlementIds.isEmpty() || !status.canBecome(next)) {
            throw base("91575", "Cannot simulate transaction settlement.");
        }
        settlementResponse = switch (next) {
            case SETTLED, SETTLEMENT_CONFIRMED -> new ProcessorResponse("4000", "Settled", "approved");
            case SETTLEMENT_DECLINED -> new ProcessorResponse("4001", "Settlement Declined", "hard_declined");
            default -> new ProcessorResponse("4002", "Settlement Pending", "approved");
        };
        settlementBatchId =
                LocalDate.ofInstant(now, ZoneOffset.UTC) + "_" + terms.account().id();
        move(next, now);
    }

    private void move(TransactionStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException(terms.id() + ": " + status + " cannot become " + next);
        }
        status = next;
        updatedAt = now;
        history.add(new StatusEvent(now, next, amount));
    }

    private static ApiErrorResponse base(String code, String message) {
        return ApiErrorResponse.of(ValidationError.on("transaction", "base", code, message));
    }

    Terms terms() {
        return terms;
    }

    String id() {
        return terms.id();
    }

    TransactionStatus status() {
        return status;
    }

    BigDecimal amount() {
        return amount;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<String> refundIds() {
        return List.copyOf(refundIds);
    }

    List<String> partialSettlementIds() {
        return List.copyOf(partialSettlementIds);
    }

    List<StatusEvent> history() {
        return List.copyOf(history);
    }

    String settlementBatchId() {
        return settlementBatchId;
    }

    ProcessorResponse settlementResponse() {
        return settlementResponse;
    }
}
