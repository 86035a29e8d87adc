package io.paystream.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.Money;
import io.paystream.contracts.PaymentEvent;
import io.paystream.orders.PaymentScript;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The order's lifecycle rules, event by event: §9's transitions, the amount rules and what never fits. */
class OrderTests {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    static final long AMOUNT = 10_000;

    final Order order =
            Order.create(new OrderTerms("ord_1", "mer_demo", "alice", Money.of(AMOUNT, "USD"), null, null, NOW));
    final PaymentScript payment = PaymentScript.forOrder("ord_1", "alice", "USD");

    @Test
    void approvalOfTheOrderAmountAuthorizesTheOrder() {
        Verdict verdict = order.apply(payment.approved(AMOUNT), NOW);

        assertThat(verdict).isInstanceOf(Verdict.Applied.class);
        assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
        assertThat(order.paymentId()).isEqualTo(payment.paymentId());
    }

    @Test
    void declinedApprovalMakesTheOrderPaymentDeclined() {
        applied(payment.declined(AMOUNT));

        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_DECLINED);
        assertThat(order.paymentId()).isNull();
    }

    @Test
    void failedApprovalMakesTheOrderPaymentFailed() {
        applied(payment.failed(AMOUNT));

        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
    }

    @Test
    void approvalWithAnotherMethodAfterADeclineAuthorizesTheOrder() {
        applied(payment.declined(AMOUNT));
        PaymentScript retry = PaymentScript.forOrder("ord_1", "alice", "USD");

        applied(retry.approved(AMOUNT));

        assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
        assertThat(order.paymentId()).isEqualTo(retry.paymentId());
    }

    @Test
    void approvalAfterAFailedAttemptAuthorizesTheOrder() {
        applied(payment.failed(AMOUNT));

        applied(PaymentScript.forOrder("ord_1", "alice", "USD").approved(AMOUNT));

        assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
    }

    @Test
    void depositOfEverythingMakesTheOrderPaid() {
        applied(payment.approved(AMOUNT));

        applied(payment.deposited(AMOUNT));

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.paidAmount()).isEqualTo(AMOUNT);
    }

    @Test
    void partialDepositsKeepTheOrderPaidAndAddUp() {
        applied(payment.approved(AMOUNT));

        applied(payment.deposited(6_000));
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.paidAmount()).isEqualTo(6_000);

        applied(payment.deposited(4_000));
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.paidAmount()).isEqualTo(AMOUNT);
    }

    @Test
    void depositsAboveTheOrderAmountAreRejectedAndChangeNothing() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(6_000));

        Verdict verdict = order.apply(payment.deposited(4_001), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.AMOUNT_EXCEEDED));
        assertThat(order.paidAmount()).isEqualTo(6_000);
    }

    @Test
    void depositBeforeItsApprovalWaits() {
        PaymentEvent approval = payment.approved(AMOUNT);
        PaymentEvent deposit = payment.deposited(AMOUNT);

        assertThat(order.apply(deposit, NOW)).isInstanceOf(Verdict.NotYet.class);
        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);

        applied(approval);
        applied(deposit);
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void reversalOfAnAuthorizedOrderReversesIt() {
        applied(payment.approved(AMOUNT));

        applied(payment.reversed(AMOUNT));

        assertThat(order.status()).isEqualTo(OrderStatus.REVERSED);
    }

    @Test
    void reversalOfAPaidOrderReversesIt() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(AMOUNT));

        applied(payment.reversed(AMOUNT));

        assertThat(order.status()).isEqualTo(OrderStatus.REVERSED);
    }

    @Test
    void reversalBeforeTheApprovalWaits() {
        assertThat(order.apply(PaymentScript.forOrder("ord_1", "alice", "USD").reversed(AMOUNT), NOW))
                .isInstanceOf(Verdict.NotYet.class);
    }

    @Test
    void refundsMoveAPaidOrderThroughPartiallyRefundedToRefunded() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(AMOUNT));

        applied(payment.refunded(3_000));
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(order.refundedAmount()).isEqualTo(3_000);

        applied(payment.refunded(7_000));
        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.refundedAmount()).isEqualTo(AMOUNT);
    }

    @Test
    void refundOfEverythingPaidAfterAPartialDepositMakesTheOrderRefunded() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(4_000));

        applied(payment.refunded(4_000));

        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void refundAboveWhatIsPaidSoFarWaitsForADeposit() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(4_000));

        Verdict verdict = order.apply(payment.refunded(5_000), NOW);

        assertThat(verdict).isInstanceOf(Verdict.NotYet.class);
        assertThat(order.refundedAmount()).isZero();
    }

    @Test
    void refundOfAnAuthorizedOrderWaitsForItsDeposit() {
        applied(payment.approved(AMOUNT));

        assertThat(order.apply(payment.refunded(1_000), NOW)).isInstanceOf(Verdict.NotYet.class);
    }

    @Test
    void refundsAboveTheOrderAmountAreRejected() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(AMOUNT));

        Verdict verdict = order.apply(payment.refunded(AMOUNT + 1), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.AMOUNT_EXCEEDED));
    }

    @Test
    void refundsAbovePaidOnceDepositsAreOverAreRejected() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(6_000));
        applied(payment.refunded(1_000));

        Verdict verdict = order.apply(payment.refunded(5_001), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.AMOUNT_EXCEEDED));
        assertThat(order.refundedAmount()).isEqualTo(1_000);
    }

    @Test
    void approvalOfAnotherAmountIsAnAmountMismatch() {
        Verdict verdict = order.apply(payment.approved(AMOUNT - 1), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.AMOUNT_MISMATCH));
        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void approvalInAnotherCurrencyIsACurrencyMismatch() {
        Verdict verdict = order.apply(payment.approved(AMOUNT, "EUR"), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.CURRENCY_MISMATCH));
        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void eventNamingAnotherCustomerIsRejected() {
        Verdict verdict = order.apply(payment.approvedFor("mallory", AMOUNT), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.CUSTOMER_MISMATCH));
    }

    @Test
    void eventNamingTheSameSubAtAnotherMerchantIsRejected() {
        Verdict verdict = order.apply(payment.approvedFor("mer_acme", "alice", AMOUNT), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.CUSTOMER_MISMATCH));
        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void secondApprovalOfAnAuthorizedOrderIsForbidden() {
        applied(payment.approved(AMOUNT));

        Verdict verdict =
                order.apply(PaymentScript.forOrder("ord_1", "alice", "USD").approved(AMOUNT), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.TRANSITION_FORBIDDEN));
        assertThat(order.paymentId()).isEqualTo(payment.paymentId());
    }

    @Test
    void depositOfAReversedOrderIsForbidden() {
        applied(payment.approved(AMOUNT));
        applied(payment.reversed(AMOUNT));

        Verdict verdict = order.apply(payment.deposited(AMOUNT), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.TRANSITION_FORBIDDEN));
        assertThat(order.paidAmount()).isZero();
    }

    @Test
    void reversalOfAPartiallyRefundedOrderIsForbidden() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(AMOUNT));
        applied(payment.refunded(1_000));

        Verdict verdict = order.apply(payment.reversed(AMOUNT), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.TRANSITION_FORBIDDEN));
    }

    @Test
    void refundOfARefundedOrderIsForbidden() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(AMOUNT));
        applied(payment.refunded(AMOUNT));

        Verdict verdict = order.apply(payment.refunded(1), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.TRANSITION_FORBIDDEN));
    }

    @Test
    void followUpOfAnotherPaymentIsAPaymentMismatch() {
        applied(payment.approved(AMOUNT));
        PaymentScript other = PaymentScript.forOrder("ord_1", "alice", "USD");
        other.approved(AMOUNT);

        Verdict verdict = order.apply(other.deposited(AMOUNT), NOW);

        assertThat(verdict).isEqualTo(rejection(verdict, AnomalyKind.PAYMENT_MISMATCH));
    }

    @Test
    void failedDepositIsHistoryAndKeepsTheOrderAuthorized() {
        applied(payment.approved(AMOUNT));

        HistoryEntry entry = applied(payment.failed(AMOUNT));

        assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
        assertThat(entry.statusBefore()).isEqualTo(OrderStatus.AUTHORIZED);
        assertThat(entry.statusAfter()).isEqualTo(OrderStatus.AUTHORIZED);
        assertThat(entry.failureCode()).isEqualTo("3000");
    }

    @Test
    void declinedRefundKeepsThePaidOrderPaid() {
        applied(payment.approved(AMOUNT));
        applied(payment.deposited(AMOUNT));

        applied(payment.declined(1_000));

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.refundedAmount()).isZero();
    }

    @Test
    void failedFollowUpBeforeItsApprovalWaits() {
        PaymentEvent approval = payment.approved(AMOUNT);

        assertThat(order.apply(payment.failed(AMOUNT), NOW)).isInstanceOf(Verdict.NotYet.class);
        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        applied(approval);
    }

    @Test
    void lateDeclineOfAnotherPaymentsAttemptKeepsTheOrderAuthorized() {
        PaymentScript firstTry = PaymentScript.forOrder("ord_1", "alice", "USD");
        PaymentEvent lateDecline = firstTry.declined(AMOUNT);
        applied(payment.approved(AMOUNT));

        applied(lateDecline);

        assertThat(order.status()).isEqualTo(OrderStatus.AUTHORIZED);
        assertThat(order.paymentId()).isEqualTo(payment.paymentId());
    }

    @Test
    void historyEntrySaysWhatTheEventFoundAndLeftAndWhen() {
        PaymentEvent approval = payment.approved(AMOUNT);
        Instant appliedAt = NOW.plusSeconds(5);

        Verdict.Applied verdict = (Verdict.Applied) order.apply(approval, appliedAt);

        assertThat(verdict.entry())
                .extracting(
                        HistoryEntry::eventId,
                        HistoryEntry::statusBefore,
                        HistoryEntry::statusAfter,
                        HistoryEntry::amount,
                        HistoryEntry::occurredAt,
                        HistoryEntry::appliedAt)
                .containsExactly(
                        approval.eventId(),
                        OrderStatus.CREATED,
                        OrderStatus.AUTHORIZED,
                        AMOUNT,
                        approval.occurredAt(),
                        appliedAt);
        assertThat(order.updatedAt()).isEqualTo(appliedAt);
    }

    private HistoryEntry applied(PaymentEvent event) {
        Verdict verdict = order.apply(event, NOW);
        assertThat(verdict).as("verdict on %s", event.eventType()).isInstanceOf(Verdict.Applied.class);
        return ((Verdict.Applied) verdict).entry();
    }

    /** The verdict itself when it is a rejection of that kind, so a mismatch shows the whole verdict. */
    private static Verdict rejection(Verdict verdict, AnomalyKind kind) {
        return verdict instanceof Verdict.Rejected rejected && rejected.kind() == kind
                ? verdict
                : new Verdict.Rejected(kind, "<any detail>");
    }
}
