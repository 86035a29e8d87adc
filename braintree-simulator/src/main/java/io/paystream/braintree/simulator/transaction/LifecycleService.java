package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.http.ApiErrorResponse;
import io.paystream.braintree.simulator.http.ValidationError;
import io.paystream.braintree.simulator.xml.XmlNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows a sale: capture (full, partial, multi), void, refund and settlement, with the gateway's amount rules:
 * captured at most the authorized amount, refunded at most the settled amount. Guarded by the simulator's lock.
 */
public final class LifecycleService {

    private final TransactionStore store;
    private final SettlementScheduler settlement;
    private final Clock clock;

    public LifecycleService(TransactionStore store, SettlementScheduler settlement, Clock clock) {
        this.store = store;
        this.settlement = settlement;
        this.clock = clock;
    }

    Transaction submitForSettlement(String id, XmlNode request) {
        Transaction transaction = store.get(id);
        String text = request.text("amount");
        BigDecimal amount = text == null ? transaction.terms().authorizedAmount() : amount(text, transaction);
        transaction.submitForSettlement(amount, clock.instant());
        settlement.submitted(id);
        return transaction;
    }

    /** A further capture of an authorization: a new child transaction, the parent turning settlement_pending. */
    Transaction submitForPartialSettlement(String id, XmlNode request) {
        Transaction parent = store.get(id);
        BigDecimal amount = amount(request.text("amount"), parent);
        if (parent.terms().authorizedTransactionId() != null) {
            throw base("915103", "Cannot submit for partial settlement.");
        }
        if (!parent.acceptsPartialSettlement()) {
            throw base("91507", "Cannot submit for settlement unless status is authorized.");
        }
        BigDecimal captured = sumHoldingMoney(parent.partialSettlementIds());
        if (captured.add(amount).compareTo(parent.terms().authorizedAmount()) > 0) {
            throw ApiErrorResponse.of(Amounts.error("91522", "Settlement amount is too large."));
        }
        String orderId = request.text("orderId") != null
                ? request.text("orderId")
                : parent.terms().orderId();
        Transaction child = derived(parent, "sale", amount, orderId, null, parent.id());
        parent.recordPartialSettlement(child.id(), clock.instant());
        settlement.submitted(child.id());
        return child;
    }

    Transaction voidTransaction(String id) {
        Transaction transaction = store.get(id);
        transaction.voidTransaction(clock.instant());
        return transaction;
    }

    /** A refund is a new credit transaction linked both ways to the settled sale it refunds. */
    Transaction refund(String id, XmlNode request) {
        Transaction original = store.get(id);
        if (!original.terms().isSale()) {
            throw base("91505", "Cannot refund credit");
        }
        if (!original.status().refundable()) {
            throw base("91506", "Cannot refund transaction unless it is settled.");
        }
        BigDecimal remaining = original.amount().subtract(sumHoldingMoney(original.refundIds()));
        if (remaining.signum() <= 0) {
            throw base("91512", "Transaction has already been fully refunded.");
        }
        String text = request.text("amount");
        BigDecimal amount = text == null ? remaining : amount(text, original);
        if (amount.compareTo(remaining) > 0) {
            throw ApiErrorResponse.of(Amounts.error("91521", "Refund amount is too large."));
        }
        String orderId = request.text("orderId");
        if (orderId != null && orderId.length() > 255) {
            throw ApiErrorResponse.of(ValidationError.on("transaction", "order_id", "91501", "Order ID is too long."));
        }
        Transaction credit = derived(original, "credit", amount, orderId, original.id(), null);
        original.recordRefund(credit.id(), clock.instant());
        settlement.submitted(credit.id());
        return credit;
    }

    /** Settles one captured transaction now, as the batch would (settled, or declined for 4001 amounts). */
    public RecordedTransaction settle(String id) {
        Transaction transaction = store.get(id);
        transaction.settle(clock.instant());
        return RecordedTransaction.of(transaction);
    }

    /** Settles every transaction waiting in {@code submitted_for_settlement}; returns their ids. */
    public List<String> settleAll() {
        List<String> settled = new ArrayList<>();
        for (Transaction transaction : store.all()) {
            if (transaction.status() == TransactionStatus.SUBMITTED_FOR_SETTLEMENT) {
                transaction.settle(clock.instant());
                settled.add(transaction.id());
            }
        }
        return settled;
    }

    Transaction settleAs(String id, TransactionStatus next) {
        Transaction transaction = store.get(id);
        transaction.settleAs(next, clock.instant());
        return transaction;
    }

    private Transaction derived(
            Transaction source, String type, BigDecimal amount, String orderId, String refunds, String settles) {
        Instant now = clock.instant();
        Terms terms = new Terms(
                store.newId(),
                type,
                amount,
                orderId,
                source.terms().account(),
                source.terms().payment(),
                type.equals("credit") ? ProcessorResponse.PROCESSED : ProcessorResponse.APPROVED,
                null,
                source.terms().authorizationCode(),
                refunds,
                settles,
                now);
        Transaction transaction = new Transaction(terms, TransactionStatus.SUBMITTED_FOR_SETTLEMENT);
        store.add(transaction);
        return transaction;
    }

    private BigDecimal sumHoldingMoney(List<String> ids) {
        return ids.stream()
                .map(store::get)
                .filter(transaction -> transaction.status().holdsMoney())
                .map(Transaction::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal amount(String text, Transaction transaction) {
        List<ValidationError> errors = new ArrayList<>();
        BigDecimal amount = Amounts.parse(text, transaction.terms().account().digits(), errors);
        if (!errors.isEmpty()) {
            throw ApiErrorResponse.of(errors);
        }
        return amount;
    }

    private static ApiErrorResponse base(String code, String message) {
        return ApiErrorResponse.of(ValidationError.on("transaction", "base", code, message));
    }
}
