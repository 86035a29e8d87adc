package io.paystream.contracts;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A malformed message fails when it is built or parsed, never half-way through a payment. */
class MessageValidationTests {

    private static final StoredPaymentMethod CARD = new StoredPaymentMethod(PaymentMethodType.CARD, "tok");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void approvalNeedsExactlyOnePaymentMethod() {
        assertThatIllegalArgumentException().isThrownBy(() -> approve(1000, CARD, "fake-valid-nonce"));
        assertThatIllegalArgumentException().isThrownBy(() -> approve(1000, null, null));
    }

    @Test
    void approvalOfNothingIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> approve(0, CARD, null));
    }

    @Test
    void followUpNeedsTheGatewayTransaction() {
        assertThatNullPointerException()
                .isThrownBy(() -> new PaymentJob(
                        "op_2",
                        Operation.REFUND,
                        "pay_1",
                        "ord_1",
                        "mer_demo",
                        "alice",
                        2,
                        500,
                        "USD",
                        CARD,
                        null,
                        null,
                        NOW));
    }

    @Test
    void unknownCurrencyInJobIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PaymentJob(
                        "op_1",
                        Operation.APPROVE,
                        "pay_1",
                        "ord_1",
                        "mer_demo",
                        "alice",
                        1,
                        500,
                        "ABC",
                        CARD,
                        null,
                        null,
                        NOW));
    }

    @Test
    void reversalMustSayHowAndOnlyReversalMay() {
        assertThatIllegalArgumentException().isThrownBy(() -> event(PaymentEventType.PAYMENT_REVERSED, null, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> event(PaymentEventType.PAYMENT_APPROVED, ReversalMethod.VOID, null));
    }

    @Test
    void declineMustSayWhyAndSuccessMustNot() {
        assertThatNullPointerException().isThrownBy(() -> event(PaymentEventType.PAYMENT_DECLINED, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> event(PaymentEventType.PAYMENT_DEPOSITED, null, "2000"));
    }

    private static PaymentJob approve(long amount, StoredPaymentMethod method, String nonce) {
        return new PaymentJob(
                "op_1",
                Operation.APPROVE,
                "pay_1",
                "ord_1",
                "mer_demo",
                "alice",
                1,
                amount,
                "USD",
                method,
                nonce,
                null,
                NOW);
    }

    private static PaymentEvent event(PaymentEventType type, ReversalMethod reversalMethod, String failureCode) {
        return new PaymentEvent(
                "evt_1",
                type,
                "pay_1",
                "ord_1",
                "mer_demo",
                "alice",
                "op_1",
                1,
                500,
                "USD",
                "txn_1",
                PaymentMethodType.CARD,
                reversalMethod,
                failureCode,
                null,
                NOW);
    }
}
