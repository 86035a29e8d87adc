package io.paystream.orchestrator.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.contracts.ReversalMethod;
import io.paystream.edge.security.Customer;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The status machine and amount rules of ARCHITECTURE §5, operation by operation. */
class PaymentTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void approvalStartsPendingWithOneApproveOperation() {
        Payment payment = newPayment(1000);

        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZATION_PENDING);
        assertThat(payment.operations()).singleElement().satisfies(operation -> {
            assertThat(operation.type()).isEqualTo(Operation.APPROVE);
            assertThat(operation.sequence()).isEqualTo(1);
            assertThat(operation.status()).isEqualTo(OperationStatus.PENDING);
        });
    }

    @Test
    void approvedEventAuthorizesTheAmount() {
        Payment payment = authorized(1000);

        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(payment.authorizedAmount()).isEqualTo(1000);
        assertThat(payment.gatewayTransactionId()).isEqualTo("auth");
        assertThat(payment.method().type()).isEqualTo(PaymentMethodType.CARD);
    }

    @Test
    void declinedAndFailedApprovalsEndThePayment() {
        Payment declined = newPayment(1000);
        declined.apply(event(declined, 1, PaymentEventType.PAYMENT_DECLINED, 1000, null));
        Payment failed = newPayment(1000);
        failed.apply(event(failed, 1, PaymentEventType.PAYMENT_FAILED, 1000, null));

        assertThat(declined.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThatThrownBy(() -> declined.deposit(OptionalLong.empty(), NOW)).isInstanceOf(PaymentRefused.class);
    }

    @Test
    void nothingCanBeDepositedBeforeTheApproval() {
        Payment payment = newPayment(1000);

        assertThatThrownBy(() -> payment.deposit(OptionalLong.of(100), NOW))
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        p -> assertThat(p.refusal()).isEqualTo(PaymentRefused.Refusal.OPERATION_NOT_ALLOWED));
    }

    @Test
    void depositWithoutAmountCapturesWhatIsLeft() {
        Payment payment = authorized(1000);

        assertThat(payment.deposit(OptionalLong.empty(), NOW).amount()).isEqualTo(1000);
    }

    @Test
    void pendingDepositsCountAgainstTheAuthorization() {
        Payment payment = authorized(1000);
        payment.deposit(OptionalLong.of(600), NOW);

        assertThatThrownBy(() -> payment.deposit(OptionalLong.of(500), NOW))
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        p -> assertThat(p.refusal()).isEqualTo(PaymentRefused.Refusal.AMOUNT_EXCEEDS_LIMIT));
        assertThat(payment.deposit(OptionalLong.of(400), NOW).amount()).isEqualTo(400);
    }

    @Test
    void failedDepositReleasesItsAmount() {
        Payment payment = authorized(1000);
        PaymentOperation deposit = payment.deposit(OptionalLong.of(1000), NOW);
        payment.apply(
                event(payment, deposit.sequence(), deposit.operationId(), PaymentEventType.PAYMENT_FAILED, 1000, null));

        assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(payment.deposit(OptionalLong.of(1000), NOW).amount()).isEqualTo(1000);
    }

    @Test
    void refundsCannotExceedWhatWasCapturedCountingPendingOnes() {
        Payment payment = captured(1000, 1000);
        payment.refund(OptionalLong.of(600), NOW);

        assertThatThrownBy(() -> payment.refund(OptionalLong.of(600), NOW))
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        p -> assertThat(p.refusal()).isEqualTo(PaymentRefused.Refusal.AMOUNT_EXCEEDS_LIMIT));
        assertThat(payment.refund(OptionalLong.empty(), NOW).amount()).isEqualTo(400);
    }

    @Test
    void refundOfEverythingMakesThePaymentRefunded() {
        Payment payment = captured(1000, 1000);
        PaymentOperation first = payment.refund(OptionalLong.of(300), NOW);
        payment.apply(
                event(payment, first.sequence(), first.operationId(), PaymentEventType.PAYMENT_REFUNDED, 300, "r1"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        PaymentOperation rest = payment.refund(OptionalLong.empty(), NOW);
        payment.apply(
                event(payment, rest.sequence(), rest.operationId(), PaymentEventType.PAYMENT_REFUNDED, 700, "r2"));

        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundedAmount()).isEqualTo(1000);
        assertThatThrownBy(() -> payment.refund(OptionalLong.of(1), NOW)).isInstanceOf(PaymentRefused.class);
    }

    @Test
    void refundIsTakenFromACaptureThatCanCoverIt() {
        Payment payment = authorized(1000);
        capture(payment, 600, "cap1");
        capture(payment, 400, "cap2");

        assertThat(payment.refund(OptionalLong.of(500), NOW).targetTransactionId())
                .isEqualTo("cap1");
        // 100 left on cap1 and 400 on cap2: 450 fits in neither.
        assertThatThrownBy(() -> payment.refund(OptionalLong.of(450), NOW))
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        p -> assertThat(p.refusal()).isEqualTo(PaymentRefused.Refusal.REFUND_SPANS_CAPTURES));
        assertThat(payment.refund(OptionalLong.of(400), NOW).targetTransactionId())
                .isEqualTo("cap2");
        assertThat(payment.refund(OptionalLong.of(100), NOW).targetTransactionId())
                .isEqualTo("cap1");
    }

    @Test
    void reversalOfAnAuthorizationVoidsAllOfIt() {
        Payment payment = authorized(1000);

        PaymentOperation reversal = payment.reverse(NOW);
        payment.apply(event(
                payment, reversal.sequence(), reversal.operationId(), PaymentEventType.PAYMENT_REVERSED, 1000, "auth"));

        assertThat(reversal.amount()).isEqualTo(1000);
        assertThat(reversal.targetTransactionId()).isEqualTo("auth");
        assertThat(payment.status()).isEqualTo(PaymentStatus.REVERSED);
        assertThatThrownBy(() -> payment.deposit(OptionalLong.empty(), NOW)).isInstanceOf(PaymentRefused.class);
    }

    @Test
    void reversalWaitsForPendingOperations() {
        Payment payment = authorized(1000);
        payment.deposit(OptionalLong.of(500), NOW);

        assertThatThrownBy(() -> payment.reverse(NOW))
                .isInstanceOfSatisfying(
                        PaymentRefused.class,
                        p -> assertThat(p.refusal()).isEqualTo(PaymentRefused.Refusal.OPERATION_NOT_ALLOWED));
    }

    @Test
    void reversalOfACaptureTargetsTheCapture() {
        Payment payment = captured(1000, 1000);

        assertThat(payment.reverse(NOW).targetTransactionId()).isEqualTo("cap");
    }

    @Test
    void anEventIsAppliedOnceAndOnlyToItsOwnOpenOperation() {
        Payment payment = newPayment(1000);
        PaymentEvent approved = event(payment, 1, PaymentEventType.PAYMENT_APPROVED, 1000, "auth");

        assertThat(payment.apply(approved)).isTrue();
        assertThat(payment.apply(approved)).isFalse();
        assertThat(payment.apply(event(payment, 2, "op_other", PaymentEventType.PAYMENT_DEPOSITED, 1000, "x")))
                .isFalse();
        assertThat(payment.capturedAmount()).isZero();
    }

    private static Payment newPayment(long amount) {
        return Payment.approve(
                "ord_1", new Customer("mer_demo", "alice"), amount, "USD", PaymentMethodRef.oneTime(), NOW);
    }

    private static Payment authorized(long amount) {
        Payment payment = newPayment(amount);
        payment.apply(event(payment, 1, PaymentEventType.PAYMENT_APPROVED, amount, "auth"));
        return payment;
    }

    private static Payment captured(long authorized, long captured) {
        Payment payment = authorized(authorized);
        capture(payment, captured, "cap");
        return payment;
    }

    private static void capture(Payment payment, long amount, String captureId) {
        PaymentOperation deposit = payment.deposit(OptionalLong.of(amount), NOW);
        payment.apply(event(
                payment,
                deposit.sequence(),
                deposit.operationId(),
                PaymentEventType.PAYMENT_DEPOSITED,
                amount,
                captureId));
    }

    private static PaymentEvent event(
            Payment payment, int sequence, PaymentEventType type, long amount, String transaction) {
        return event(
                payment, sequence, payment.operations().get(sequence - 1).operationId(), type, amount, transaction);
    }

    private static PaymentEvent event(
            Payment payment, int sequence, String operationId, PaymentEventType type, long amount, String transaction) {
        boolean unsuccessful = type.isUnsuccessful();
        return new PaymentEvent(
                "evt_" + UUID.randomUUID(),
                type,
                payment.paymentId(),
                payment.orderId(),
                payment.merchantId(),
                "alice",
                operationId,
                sequence,
                amount,
                "USD",
                transaction,
                PaymentMethodType.CARD,
                type == PaymentEventType.PAYMENT_REVERSED ? ReversalMethod.VOID : null,
                unsuccessful ? "2000" : null,
                unsuccessful ? "Do Not Honor" : null,
                NOW);
    }
}
