package io.paystream.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.CustomerRequest;
import com.braintreegateway.PaymentMethodRequest;
import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.contracts.PaymentTopics;
import io.paystream.contracts.ReversalMethod;
import io.paystream.contracts.StoredPaymentMethod;
import io.paystream.platform.PublishedEvents.Published;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every operation type from SQS job to Kafka event, checked against the simulator's own records. */
class OperationIntegrationTests extends PlatformTestBase {

    @Test
    void approvalWithCardNonceIsAuthorizedAndPublishedUnderTheOrderKey() {
        PaymentJob job = approve(1050, "USD", "fake-valid-nonce");
        send(job);

        Published published = awaitEvent(job);

        assertThat(published.topic()).isEqualTo(PaymentTopics.APPROVED);
        assertThat(published.key()).isEqualTo(job.orderId());
        PaymentEvent event = published.event();
        assertThat(event.eventType()).isEqualTo(PaymentEventType.PAYMENT_APPROVED);
        assertThat(event.paymentId()).isEqualTo(job.paymentId());
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.money()).isEqualTo(job.money());
        assertThat(event.paymentMethodType()).isEqualTo(PaymentMethodType.CARD);
        assertThat(simulator.transactionsForOrder(job.operationId()))
                .singleElement()
                .satisfies(transaction -> {
                    assertThat(transaction.id()).isEqualTo(event.gatewayTransactionId());
                    assertThat(transaction.status()).isEqualTo("authorized");
                    assertThat(transaction.amount()).isEqualByComparingTo("10.50");
                });
        assertThat(executionStatus(job)).isEqualTo("SUCCEEDED");
    }

    @ParameterizedTest(name = "{0} is approved as {1}")
    @CsvSource({
        "fake-apple-pay-visa-nonce, APPLE_PAY",
        "fake-android-pay-visa-nonce, GOOGLE_PAY",
        "fake-paypal-one-time-nonce, PAYPAL"
    })
    void walletNoncesAreApprovedWithTheirKind(String nonce, PaymentMethodType expected) {
        PaymentJob job = approve(2500, "USD", nonce);
        send(job);

        PaymentEvent event = awaitEvent(job).event();

        assertThat(event.eventType()).isEqualTo(PaymentEventType.PAYMENT_APPROVED);
        assertThat(event.paymentMethodType()).isEqualTo(expected);
    }

    @Test
    void vaultedCardIsChargedByItsToken() {
        PaymentJob job = approveStored(4200, new StoredPaymentMethod(PaymentMethodType.CARD, vaultCard()));
        send(job);

        PaymentEvent event = awaitEvent(job).event();

        assertThat(event.eventType()).isEqualTo(PaymentEventType.PAYMENT_APPROVED);
        assertThat(simulator
                        .transaction(event.gatewayTransactionId())
                        .orElseThrow()
                        .paymentMethodToken())
                .isEqualTo(job.paymentMethod().gatewayToken());
    }

    @Test
    void processorDeclineIsFinalWithItsResponseCode() {
        PaymentJob job = approve(204600, "USD", "fake-valid-nonce");
        send(job);

        Published published = awaitEvent(job);

        assertThat(published.topic()).isEqualTo(PaymentTopics.DECLINED);
        assertThat(published.event().failureCode()).isEqualTo("2046");
        assertThat(executionStatus(job)).isEqualTo("DECLINED");
        assertThat(simulator.transactionsForOrder(job.operationId()))
                .singleElement()
                .satisfies(transaction -> assertThat(transaction.status()).isEqualTo("processor_declined"));
    }

    @Test
    void declinedNonceIsFinal() {
        PaymentJob job = approve(1000, "USD", "fake-processor-declined-visa-nonce");
        send(job);

        PaymentEvent event = awaitEvent(job).event();

        assertThat(event.eventType()).isEqualTo(PaymentEventType.PAYMENT_DECLINED);
        // A one-time nonce: only the declined transaction can say what kind of method it was.
        assertThat(event.paymentMethodType()).isEqualTo(PaymentMethodType.CARD);
    }

    @Test
    void gatewayRejectionIsAFinalDecline() {
        PaymentJob job = approve(500100, "USD", "fake-valid-nonce");
        send(job);

        Published published = awaitEvent(job);

        assertThat(published.topic()).isEqualTo(PaymentTopics.DECLINED);
        assertThat(published.event().failureCode()).isEqualTo("gateway_rejected");
        assertThat(executionStatus(job)).isEqualTo("DECLINED");
    }

    @Test
    void currencyWithoutAMerchantAccountIsDeclinedBeforeAnythingIsSent() {
        PaymentJob job = approve(1000, "CHF", "fake-valid-nonce");
        send(job);

        assertThat(awaitEvent(job).event().failureCode()).isEqualTo("currency_not_supported");
        assertThat(simulator.transactionsForOrder(job.operationId())).isEmpty();
    }

    @Test
    void yenIsChargedInWholeYenOnTheYenAccount() {
        PaymentJob job = approve(5000, "JPY", "fake-valid-nonce");
        send(job);

        PaymentEvent event = awaitEvent(job).event();

        assertThat(simulator.transaction(event.gatewayTransactionId()).orElseThrow())
                .satisfies(transaction -> {
                    assertThat(transaction.amount()).isEqualByComparingTo("5000");
                    assertThat(transaction.currencyIsoCode()).isEqualTo("JPY");
                });
    }

    @Test
    void processorFailureIsReportedAsFailed() {
        PaymentJob job = approve(300000, "USD", "fake-valid-nonce");
        send(job);

        Published published = awaitEvent(job);

        assertThat(published.topic()).isEqualTo(PaymentTopics.FAILED);
        assertThat(published.event().failureCode()).isEqualTo("3000");
    }

    @Test
    void unknownNonceIsFailedWithTheGatewaysCode() {
        PaymentJob job = approve(1000, "USD", "no-such-nonce-" + UUID.randomUUID());
        send(job);

        Published published = awaitEvent(job);

        assertThat(published.topic()).isEqualTo(PaymentTopics.FAILED);
        assertThat(published.event().failureCode()).isEqualTo("91565");
    }

    @Test
    void depositOfEverythingCapturesTheAuthorization() {
        String authorization = approved(1000);
        PaymentJob deposit = followUp(lastApproval, Operation.DEPOSIT, 1000, authorization);
        send(deposit);

        PaymentEvent event = awaitEvent(deposit).event();

        assertThat(event.eventType()).isEqualTo(PaymentEventType.PAYMENT_DEPOSITED);
        assertThat(event.gatewayTransactionId()).isEqualTo(authorization);
        assertThat(simulator.transaction(authorization).orElseThrow().status()).isEqualTo("submitted_for_settlement");
    }

    @Test
    void partialDepositsAreCapturesOfTheirOwn() {
        String authorization = approved(1000);
        PaymentJob first = followUp(lastApproval, Operation.DEPOSIT, 600, authorization);
        send(first);
        PaymentEvent firstEvent = awaitEvent(first).event();
        PaymentJob second = followUp(lastApproval, Operation.DEPOSIT, 400, authorization);
        send(second);
        PaymentEvent secondEvent = awaitEvent(second).event();

        assertThat(firstEvent.eventType()).isEqualTo(PaymentEventType.PAYMENT_DEPOSITED);
        assertThat(secondEvent.eventType()).isEqualTo(PaymentEventType.PAYMENT_DEPOSITED);
        assertThat(simulator
                        .transaction(firstEvent.gatewayTransactionId())
                        .orElseThrow()
                        .amount())
                .isEqualByComparingTo("6.00");
        assertThat(simulator
                        .transaction(secondEvent.gatewayTransactionId())
                        .orElseThrow()
                        .amount())
                .isEqualByComparingTo("4.00");
    }

    @Test
    void reversalBeforeSettlementIsAVoid() {
        String authorization = approved(1000);
        PaymentJob reversal = followUp(lastApproval, Operation.REVERSE, 1000, authorization);
        send(reversal);

        Published published = awaitEvent(reversal);

        assertThat(published.topic()).isEqualTo(PaymentTopics.REVERSED);
        assertThat(published.event().reversalMethod()).isEqualTo(ReversalMethod.VOID);
        assertThat(simulator.transaction(authorization).orElseThrow().status()).isEqualTo("voided");
    }

    @Test
    void reversalAfterSettlementBecomesARefund() {
        String capture = settledCapture(1000);
        PaymentJob reversal = followUp(lastApproval, Operation.REVERSE, 1000, capture);
        send(reversal);

        PaymentEvent event = awaitEvent(reversal).event();

        assertThat(event.reversalMethod()).isEqualTo(ReversalMethod.REFUND);
        assertThat(simulator.transactionsForOrder(reversal.operationId()))
                .singleElement()
                .satisfies(credit -> {
                    assertThat(credit.type()).isEqualTo("credit");
                    assertThat(credit.refundedTransactionId()).isEqualTo(capture);
                    assertThat(credit.amount()).isEqualByComparingTo("10.00");
                });
    }

    @Test
    void partialRefundAfterSettlementReturnsThatAmount() {
        String capture = settledCapture(1000);
        PaymentJob refund = followUp(lastApproval, Operation.REFUND, 300, capture);
        send(refund);

        Published published = awaitEvent(refund);

        assertThat(published.topic()).isEqualTo(PaymentTopics.REFUNDED);
        assertThat(simulator.transactionsForOrder(refund.operationId()))
                .singleElement()
                .satisfies(credit -> assertThat(credit.amount()).isEqualByComparingTo(new BigDecimal("3.00")));
    }

    @Test
    void refundOfEverythingBeforeSettlementIsAVoid() {
        String capture = capturedNotSettled(1000);
        PaymentJob refund = followUp(lastApproval, Operation.REFUND, 1000, capture);
        send(refund);

        assertThat(awaitEvent(refund).topic()).isEqualTo(PaymentTopics.REFUNDED);
        assertThat(simulator.transaction(capture).orElseThrow().status()).isEqualTo("voided");
    }

    @Test
    void partialRefundBeforeSettlementWaitsForTheSettlement() {
        String capture = capturedNotSettled(1000);
        PaymentJob refund = followUp(lastApproval, Operation.REFUND, 250, capture);
        send(refund);
        await().atMost(EVENT_WAIT).until(() -> executionStatus(refund).equals("WAITING"));
        assertThat(eventsOf(refund)).isEmpty();

        simulator.settle(capture);

        assertThat(awaitEvent(refund).topic()).isEqualTo(PaymentTopics.REFUNDED);
        assertThat(simulator.transactionsForOrder(refund.operationId())).hasSize(1);
    }

    private PaymentJob lastApproval;

    private String approved(long amount) {
        lastApproval = approve(amount, "USD", "fake-valid-nonce");
        send(lastApproval);
        return awaitEvent(lastApproval).event().gatewayTransactionId();
    }

    private String capturedNotSettled(long amount) {
        String authorization = approved(amount);
        PaymentJob deposit = followUp(lastApproval, Operation.DEPOSIT, amount, authorization);
        send(deposit);
        return awaitEvent(deposit).event().gatewayTransactionId();
    }

    private String settledCapture(long amount) {
        String capture = capturedNotSettled(amount);
        simulator.settle(capture);
        return capture;
    }

    private String vaultCard() {
        BraintreeGateway braintree = Simulator.sdk();
        String customerId = braintree
                .customer()
                .create(new CustomerRequest().firstName("Alice"))
                .getTarget()
                .getId();
        return braintree
                .paymentMethod()
                .create(new PaymentMethodRequest().customerId(customerId).paymentMethodNonce("fake-valid-visa-nonce"))
                .getTarget()
                .getToken();
    }
}
