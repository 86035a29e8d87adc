package io.paystream.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.braintreegateway.TransactionRefundRequest;
import com.braintreegateway.TransactionRequest;
import io.paystream.braintree.simulator.fault.Fault;
import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.PaymentQueues;
import io.paystream.contracts.PaymentTopics;
import io.paystream.contracts.ReversalMethod;
import io.paystream.platform.PublishedEvents.Published;
import io.paystream.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redeliveries, crashes, lost answers and a failing gateway: each ends with the true outcome, published, and
 * exactly one gateway transaction per operation by the simulator's own records.
 */
class ResilienceIntegrationTests extends PlatformTestBase {

    @Test
    void sameJobDeliveredTwiceChargesOnceAndRepublishesTheSameEvent() {
        PaymentJob job = approve(1500, "USD", "fake-valid-nonce");
        send(job);
        send(job);

        List<Published> events =
                await().atMost(EVENT_WAIT).until(() -> eventsOf(job), published -> published.size() == 2);

        assertThat(events)
                .extracting(published -> published.event().eventId())
                .containsOnly(events.getFirst().event().eventId());
        assertThat(simulator.transactionsForOrder(job.operationId())).hasSize(1);
    }

    @Test
    void chargeWhoseAnswerIsLostIsFoundAndNotRepeated() {
        simulator.inject(Fault.dropResponse().on("sale"));
        PaymentJob job = approve(1700, "USD", "fake-valid-nonce");
        send(job);

        Published published = awaitEvent(job);

        assertThat(published.topic()).isEqualTo(PaymentTopics.APPROVED);
        assertThat(simulator.transactionsForOrder(job.operationId()))
                .singleElement()
                .satisfies(transaction ->
                        assertThat(transaction.id()).isEqualTo(published.event().gatewayTransactionId()));
    }

    @Test
    void chargeAnsweredAfterTheClientGaveUpIsFoundAndNotRepeated() {
        simulator.inject(Fault.dropResponse(Duration.ofSeconds(3)).on("sale"));
        PaymentJob job = approve(1800, "USD", "fake-valid-nonce");
        send(job);

        assertThat(awaitEvent(job).topic()).isEqualTo(PaymentTopics.APPROVED);
        assertThat(simulator.transactionsForOrder(job.operationId())).hasSize(1);
    }

    @Test
    void voidWhoseAnswerIsLostIsRecognisedAsDone() {
        PaymentJob approval = approve(2300, "USD", "fake-valid-nonce");
        send(approval);
        String authorization = awaitEvent(approval).event().gatewayTransactionId();
        // HttpURLConnection re-sends a PUT whose answer was lost; the second void is refused as "cannot be voided".
        simulator.inject(Fault.dropResponse().on("void"));
        PaymentJob reversal = followUp(approval, Operation.REVERSE, 2300, authorization);
        send(reversal);

        Published published = awaitEvent(reversal);

        assertThat(published.topic()).isEqualTo(PaymentTopics.REVERSED);
        assertThat(published.event().reversalMethod()).isEqualTo(ReversalMethod.VOID);
        assertThat(simulator.transaction(authorization).orElseThrow().status()).isEqualTo("voided");
    }

    @Test
    void fullCaptureThatTimedOutUnappliedIsSentAgainAtOnce() {
        PaymentJob approval = approve(2700, "USD", "fake-valid-nonce");
        send(approval);
        String authorization = awaitEvent(approval).event().gatewayTransactionId();
        // Braintree held the request and never applied it: the sale is still authorized, so the capture did not happen.
        simulator.inject(Fault.timeout(Duration.ofSeconds(3)).on("submit_for_settlement"));
        PaymentJob deposit = followUp(approval, Operation.DEPOSIT, 2700, authorization);
        send(deposit);

        Published published = awaitEvent(deposit);

        assertThat(published.topic()).isEqualTo(PaymentTopics.DEPOSITED);
        assertThat(published.event().gatewayTransactionId()).isEqualTo(authorization);
        assertThat(simulator.transaction(authorization).orElseThrow().status()).isEqualTo("submitted_for_settlement");
        // The held request shows in the simulator's journal once its hold ends.
        await().atMost(EVENT_WAIT).until(() -> gatewayRequests("submit_for_settlement", authorization) == 2);
    }

    @Test
    void voidThatKeepsTimingOutUnappliedIsSentAgainByTheReconciler() {
        PaymentJob approval = approve(2800, "USD", "fake-valid-nonce");
        send(approval);
        String authorization = awaitEvent(approval).event().gatewayTransactionId();
        // Twice unapplied: the delivery sends again once at once, the reconciler the third time.
        simulator.inject(Fault.timeout(Duration.ofSeconds(3)).times(2).on("void"));
        PaymentJob reversal = followUp(approval, Operation.REVERSE, 2800, authorization);
        send(reversal);

        Published published = awaitEvent(reversal);

        assertThat(published.topic()).isEqualTo(PaymentTopics.REVERSED);
        assertThat(published.event().reversalMethod()).isEqualTo(ReversalMethod.VOID);
        assertThat(simulator.transaction(authorization).orElseThrow().status()).isEqualTo("voided");
        await().atMost(EVENT_WAIT).until(() -> gatewayRequests("void", authorization) == 3);
    }

    @Test
    void refundWhoseAnswerIsLostIsFoundAndNotRepeated() {
        PaymentJob approval = approve(2400, "USD", "fake-valid-nonce");
        String capture = settledCapture(approval);
        simulator.inject(Fault.dropResponse().on("refund"));
        PaymentJob refund = followUp(approval, Operation.REFUND, 400, capture);
        send(refund);

        assertThat(awaitEvent(refund).topic()).isEqualTo(PaymentTopics.REFUNDED);
        assertThat(simulator.transactionsForOrder(refund.operationId())).hasSize(1);
    }

    @Test
    void waitingRefundAlreadyDoneByACrashedAttemptIsNotSentAgain() {
        PaymentJob approval = approve(2500, "USD", "fake-valid-nonce");
        send(approval);
        String authorization = awaitEvent(approval).event().gatewayTransactionId();
        PaymentJob deposit = followUp(approval, Operation.DEPOSIT, 2500, authorization);
        send(deposit);
        awaitEvent(deposit);
        PaymentJob refund = followUp(approval, Operation.REFUND, 700, authorization);
        send(refund);
        await().atMost(EVENT_WAIT).until(() -> executionStatus(refund).equals("WAITING"));
        setNextCheck(refund, "now() + interval '1 hour'");
        // An earlier reconciler attempt refunded, then died before recording it.
        simulator.settle(authorization);
        Simulator.sdk()
                .transaction()
                .refund(
                        authorization,
                        new TransactionRefundRequest()
                                .amount(refund.money().toDecimal())
                                .orderId(refund.operationId()));

        setNextCheck(refund, "now()");

        assertThat(awaitEvent(refund).topic()).isEqualTo(PaymentTopics.REFUNDED);
        assertThat(simulator.transactionsForOrder(refund.operationId())).hasSize(1);
    }

    @Test
    void partialRefundThatNeverSettlesFailsAfterTheWaitLimit() {
        PaymentJob approval = approve(2600, "USD", "fake-valid-nonce");
        send(approval);
        String authorization = awaitEvent(approval).event().gatewayTransactionId();
        PaymentJob deposit = followUp(approval, Operation.DEPOSIT, 2600, authorization);
        send(deposit);
        awaitEvent(deposit);
        PaymentJob late = followUp(approval, Operation.REFUND, 100, authorization);
        PaymentJob refund = new PaymentJob(
                late.operationId(),
                late.operation(),
                late.paymentId(),
                late.orderId(),
                late.merchantId(),
                late.customerId(),
                late.sequence(),
                late.amount(),
                late.currency(),
                late.paymentMethod(),
                null,
                late.gatewayTransactionId(),
                Instant.now().minus(Duration.ofHours(49)));
        send(refund);

        Published published = awaitEvent(refund);

        assertThat(published.topic()).isEqualTo(PaymentTopics.FAILED);
        assertThat(published.event().failureCode()).isEqualTo("settlement_wait_expired");
        assertThat(simulator.transactionsForOrder(refund.operationId())).isEmpty();
    }

    @Test
    void crashBetweenTheGatewayCallAndTheCommitIsResolvedFromBraintree() {
        PaymentJob job = approve(1900, "USD", "fake-valid-nonce");
        // The state a crash leaves: the row committed as STARTED, the sale done at Braintree, no outcome recorded.
        jdbc.sql("""
                        INSERT INTO execution (merchant_id, operation_id, operation, payment_id, job, status, attempts,
                                               lease_until, created_at, updated_at)
                        VALUES (:merchant, :id, 'APPROVE', :paymentId, :job, 'STARTED', 1, now() - interval '1 second',
                                now(), now())""")
                .param("merchant", job.merchantId())
                .param("id", job.operationId())
                .param("paymentId", job.paymentId())
                .param("job", json.writeValueAsString(job))
                .update();
        String charged = Simulator.sdk()
                .transaction()
                .sale(new TransactionRequest()
                        .amount(job.money().toDecimal())
                        .orderId(job.operationId())
                        .paymentMethodNonce("fake-valid-nonce"))
                .getTarget()
                .getId();

        send(job);

        assertThat(awaitEvent(job).event().gatewayTransactionId()).isEqualTo(charged);
        assertThat(simulator.transactionsForOrder(job.operationId())).hasSize(1);
    }

    @ParameterizedTest(name = "HTTP {0} twice, then recovery")
    @ValueSource(ints = {500, 503, 429})
    void gatewayErrorsAreRetriedWithBackoffUntilItRecovers(int status) {
        simulator.inject(Fault.status(status).times(2).on("sale"));
        PaymentJob job = approve(1000 + status, "USD", "fake-valid-nonce");
        send(job);

        assertThat(awaitEvent(job).topic()).isEqualTo(PaymentTopics.APPROVED);
        assertThat(simulator.transactionsForOrder(job.operationId())).hasSize(1);
        assertThat(jdbc.sql("SELECT attempts FROM execution WHERE operation_id = :id")
                        .param("id", job.operationId())
                        .query(Integer.class)
                        .single())
                .isGreaterThan(1);
    }

    @Test
    void timeoutWithNothingChargedStaysUnknownUntilBraintreeConfirmsThenFails() {
        simulator.inject(Fault.timeout(Duration.ofSeconds(3)).on("sale"));
        PaymentJob job = approve(2200, "USD", "fake-valid-nonce");
        send(job);

        await().atMost(EVENT_WAIT).until(() -> executionStatus(job).equals("UNKNOWN"));
        assertThat(eventsOf(job)).isEmpty();

        Published published = awaitEvent(job);
        assertThat(published.event().eventType()).isEqualTo(PaymentEventType.PAYMENT_FAILED);
        assertThat(published.event().failureCode()).isEqualTo("gateway_has_no_record");
        assertThat(simulator.transactionsForOrder(job.operationId())).isEmpty();
        assertThat(jdbc.sql("SELECT status_reason FROM execution WHERE operation_id = :id")
                        .param("id", job.operationId())
                        .query(String.class)
                        .single())
                .startsWith("gateway_has_no_record: Braintree has no transaction");
    }

    @Test
    void messageThatIsNotAJobEndsInTheDeadLetterQueue() {
        String poison = "{\"operationId\": \"" + UUID.randomUUID() + "\", \"this is\": \"not a job\"";
        sendRaw(poison);

        var sqs = TestServers.sqs();
        String dlq = sqs.queueUrl(PaymentQueues.PAYMENT_REQUESTS_DLQ);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> sqs
                        .client()
                        .receiveMessage(request ->
                                request.queueUrl(dlq).maxNumberOfMessages(10).waitTimeSeconds(1))
                        .messages()
                        .stream()
                        .anyMatch(message -> message.body().equals(poison)));
    }

    private long gatewayRequests(String operation, String transactionId) {
        return simulator.requests().stream()
                .filter(request ->
                        request.operation().equals(operation) && request.path().contains(transactionId))
                .count();
    }

    private void setNextCheck(PaymentJob job, String when) {
        jdbc.sql("UPDATE execution SET next_check_at = " + when + " WHERE operation_id = :id")
                .param("id", job.operationId())
                .update();
    }

    private String settledCapture(PaymentJob approval) {
        send(approval);
        String authorization = awaitEvent(approval).event().gatewayTransactionId();
        PaymentJob deposit = followUp(approval, Operation.DEPOSIT, approval.amount(), authorization);
        send(deposit);
        awaitEvent(deposit);
        simulator.settle(authorization);
        return authorization;
    }
}
