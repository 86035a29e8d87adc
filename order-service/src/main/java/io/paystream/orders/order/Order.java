package io.paystream.orders.order;

import static io.paystream.contracts.PaymentEventType.PAYMENT_DECLINED;
import static io.paystream.contracts.PaymentEventType.PAYMENT_DEPOSITED;
import static io.paystream.contracts.PaymentEventType.PAYMENT_REFUNDED;
import static io.paystream.orders.order.OrderStatus.AUTHORIZED;
import static io.paystream.orders.order.OrderStatus.PAID;
import static io.paystream.orders.order.OrderStatus.PARTIALLY_REFUNDED;
import static io.paystream.orders.order.OrderStatus.PAYMENT_FAILED;
import static io.paystream.orders.order.OrderStatus.REFUNDED;
import static io.paystream.orders.order.OrderStatus.REVERSED;

import io.paystream.contracts.Money;
import io.paystream.contracts.PaymentEvent;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * An order and the money that moved for it. Payment events change it only through {@link #apply}, whose verbs
 * check the {@link OrderStatus} transition table and the amount rules and say whether the event was applied,
 * must wait, or can never fit.
 */
public final class Order {

    private final OrderTerms terms;
    private OrderStatus status;
    private String paymentId;
    private long paidAmount;
    private long refundedAmount;
    private Instant updatedAt;

    Order(OrderTerms terms, OrderStatus status, String paymentId, long paidAmount, long refundedAmount, Instant at) {
        this.terms = terms;
        this.status = status;
        this.paymentId = paymentId;
        this.paidAmount = paidAmount;
        this.refundedAmount = refundedAmount;
        this.updatedAt = at;
    }

    /** A new order waiting for its payment. */
    public static Order create(OrderTerms terms) {
        return new Order(terms, OrderStatus.CREATED, null, 0, 0, terms.createdAt());
    }

    /** Applies one payment event if it fits; changes nothing otherwise. */
    public Verdict apply(PaymentEvent event, Instant now) {
        if (!event.currency().equals(terms.currency())) {
            return new Verdict.Rejected(
                    AnomalyKind.CURRENCY_MISMATCH, "event in " + event.currency() + ", order in " + terms.currency());
        }
        if (!event.merchantId().equals(terms.merchantId())
                || !event.customerId().equals(terms.customerId())) {
            return new Verdict.Rejected(AnomalyKind.CUSTOMER_MISMATCH, "the event names another customer");
        }
        return switch (event.eventType()) {
            case PAYMENT_APPROVED -> approve(event, now);
            case PAYMENT_DECLINED, PAYMENT_FAILED ->
                event.sequence() == 1 ? failedApproval(event, now) : followUp(event, () -> moveTo(status, event, now));
            case PAYMENT_DEPOSITED -> followUp(event, () -> deposit(event, now));
            case PAYMENT_REVERSED -> followUp(event, () -> reverse(event, now));
            case PAYMENT_REFUNDED -> followUp(event, () -> refund(event, now));
        };
    }

    private Verdict approve(PaymentEvent event, Instant now) {
        if (event.amount() != terms.amount().amount()) {
            return amountMismatch(event);
        }
        return moveTo(AUTHORIZED, event, now, () -> paymentId = event.paymentId());
    }

    /** An approval attempt (sequence 1) declined or failed moves the order only while no payment stands. */
    private Verdict failedApproval(PaymentEvent event, Instant now) {
        if (event.amount() != terms.amount().amount()) {
            return amountMismatch(event);
        }
        if (status.isPaymentApproved()) {
            return moveTo(status, event, now);
        }
        return moveTo(
                event.eventType() == PAYMENT_DECLINED ? OrderStatus.PAYMENT_DECLINED : PAYMENT_FAILED, event, now);
    }

    private Verdict deposit(PaymentEvent event, Instant now) {
        long paid = Math.addExact(paidAmount, event.amount());
        if (paid > terms.amount().amount()) {
            return exceeded("deposits of " + money(paid) + " would exceed the order amount " + terms.amount());
        }
        return moveTo(PAID, event, now, () -> paidAmount = paid);
    }

    private Verdict reverse(PaymentEvent event, Instant now) {
        if (event.amount() > terms.amount().amount()) {
            return exceeded("a reversal of " + event.money() + " exceeds the order amount " + terms.amount());
        }
        return moveTo(REVERSED, event, now);
    }

    private Verdict refund(PaymentEvent event, Instant now) {
        boolean refundsMayFollow = !status.next(PAYMENT_REFUNDED).isEmpty();
        boolean depositsMayFollow = !status.next(PAYMENT_DEPOSITED).isEmpty();
        if (!refundsMayFollow && !depositsMayFollow) {
            return forbidden(event);
        }
        long refunded = Math.addExact(refundedAmount, event.amount());
        if (refunded > terms.amount().amount()) {
            return exceeded("refunds of " + money(refunded) + " would exceed the order amount " + terms.amount());
        }
        if (refunded > paidAmount) {
            String detail = "refunds of " + money(refunded) + " exceed the " + money(paidAmount) + " paid";
            return depositsMayFollow ? new Verdict.NotYet(detail + " so far") : exceeded(detail);
        }
        OrderStatus target = refunded == paidAmount ? REFUNDED : PARTIALLY_REFUNDED;
        return moveTo(target, event, now, () -> refundedAmount = refunded);
    }

    /** Deposits, reversals, refunds and their failures belong to the payment that authorized the order. */
    private Verdict followUp(PaymentEvent event, Supplier<Verdict> verb) {
        if (!status.isPaymentApproved()) {
            return new Verdict.NotYet("payment " + event.paymentId() + " is not approved on this order yet");
        }
        if (!event.paymentId().equals(paymentId)) {
            return new Verdict.Rejected(
                    AnomalyKind.PAYMENT_MISMATCH,
                    "event for payment " + event.paymentId() + ", order authorized by payment " + paymentId);
        }
        return verb.get();
    }

    private Verdict moveTo(OrderStatus target, PaymentEvent event, Instant now) {
        return moveTo(target, event, now, () -> {});
    }

    /** The one guard: the transition table decides, and the effect runs only when it allows. */
    private Verdict moveTo(OrderStatus target, PaymentEvent event, Instant now, Runnable effect) {
        if (!status.next(event.eventType()).contains(target)) {
            return forbidden(event);
        }
        OrderStatus before = status;
        effect.run();
        status = target;
        updatedAt = now;
        return new Verdict.Applied(HistoryEntry.of(event, before, target, now));
    }

    private Verdict forbidden(PaymentEvent event) {
        String by = paymentId != null && !paymentId.equals(event.paymentId()) ? " (payment " + paymentId + ")" : "";
        return new Verdict.Rejected(
                AnomalyKind.TRANSITION_FORBIDDEN, "order is " + status + by + " and cannot take " + event.topic());
    }

    private Verdict amountMismatch(PaymentEvent event) {
        return new Verdict.Rejected(
                AnomalyKind.AMOUNT_MISMATCH, event.topic() + " for " + event.money() + ", order of " + terms.amount());
    }

    private static Verdict exceeded(String detail) {
        return new Verdict.Rejected(AnomalyKind.AMOUNT_EXCEEDED, detail);
    }

    private Money money(long minor) {
        return new Money(minor, terms.amount().currency());
    }

    public OrderTerms terms() {
        return terms;
    }

    public String id() {
        return terms.id();
    }

    public OrderStatus status() {
        return status;
    }

    public String paymentId() {
        return paymentId;
    }

    public long paidAmount() {
        return paidAmount;
    }

    public long refundedAmount() {
        return refundedAmount;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
