package io.paystream.orders.lifecycle;

import static io.paystream.orders.EventPublisher.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentTopics;
import io.paystream.orders.EventPublisher;
import io.paystream.orders.OrderServiceTestBase;
import io.paystream.orders.PaymentScript;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each transition of §9, driven by events on the real topics and seen through the orders API. */
class LifecycleIntegrationTests extends OrderServiceTestBase {

    static final long AMOUNT = 1000;

    final String customer = "customer-" + UUID.randomUUID();
    String orderId;
    PaymentScript payment;

    @BeforeEach
    void placeOrder() {
        orderId = api.placeOrder(customer, AMOUNT, "USD");
        payment = PaymentScript.forOrder(orderId, customer, "USD");
    }

    @Test
    void approvalAuthorizesTheOrderAndIsKeptInItsHistory() {
        PaymentEvent approval = payment.approved(AMOUNT);
        publish(approval);

        JsonNode order = awaitStatus(customer, orderId, "AUTHORIZED");

        JsonNode entry = order.get("history").get(0);
        assertThat(entry.get("eventId").stringValue()).isEqualTo(approval.eventId());
        assertThat(entry.get("eventType").stringValue()).isEqualTo("PAYMENT_APPROVED");
        assertThat(entry.get("statusBefore").stringValue()).isEqualTo("CREATED");
        assertThat(entry.get("statusAfter").stringValue()).isEqualTo("AUTHORIZED");
        assertThat(Instant.parse(entry.get("occurredAt").stringValue()))
                .isCloseTo(approval.occurredAt(), within(1, ChronoUnit.MICROS));
        assertThat(Instant.parse(entry.get("appliedAt").stringValue())).isAfterOrEqualTo(approval.occurredAt());
        assertThat(order.get("paymentId").stringValue()).isEqualTo(payment.paymentId());
    }

    @Test
    void declineMakesTheOrderPaymentDeclinedAndAnotherMethodThenAuthorizesIt() {
        publish(payment.declined(AMOUNT));
        awaitStatus(customer, orderId, "PAYMENT_DECLINED");

        PaymentScript retry = PaymentScript.forOrder(orderId, customer, "USD");
        publish(retry.approved(AMOUNT));

        JsonNode order = awaitStatus(customer, orderId, "AUTHORIZED");
        assertThat(order.get("paymentId").stringValue()).isEqualTo(retry.paymentId());
        assertThat(historyTypes(order)).containsExactly("PAYMENT_DECLINED", "PAYMENT_APPROVED");
    }

    @Test
    void failedApprovalMakesTheOrderPaymentFailed() {
        publish(payment.failed(AMOUNT));

        JsonNode order = awaitStatus(customer, orderId, "PAYMENT_FAILED");
        assertThat(order.get("history").get(0).get("failureCode").stringValue()).isEqualTo("3000");
    }

    @Test
    void partialDepositsKeepTheOrderPaidWithThePaidAmount() {
        publish(payment.approved(AMOUNT));
        awaitStatus(customer, orderId, "AUTHORIZED");

        publish(payment.deposited(600));
        JsonNode partlyPaid = awaitStatus(customer, orderId, "PAID");
        assertThat(partlyPaid.get("paidAmount").longValue()).isEqualTo(600);

        publish(payment.deposited(400));
        JsonNode paid =
                awaitOrder(customer, orderId, order -> order.get("paidAmount").longValue() == AMOUNT);
        assertThat(paid.get("status").stringValue()).isEqualTo("PAID");
    }

    @Test
    void reversalOfAnAuthorizedOrderReversesIt() {
        publish(payment.approved(AMOUNT));
        awaitStatus(customer, orderId, "AUTHORIZED");

        publish(payment.reversed(AMOUNT));

        JsonNode order = awaitStatus(customer, orderId, "REVERSED");
        assertThat(order.get("history").get(1).get("reversalMethod").stringValue())
                .isEqualTo("VOID");
    }

    @Test
    void reversalOfAPaidOrderReversesIt() {
        publish(payment.approved(AMOUNT));
        awaitStatus(customer, orderId, "AUTHORIZED");
        publish(payment.deposited(AMOUNT));
        awaitStatus(customer, orderId, "PAID");

        publish(payment.reversed(AMOUNT));

        assertThat(historyTypes(awaitStatus(customer, orderId, "REVERSED")))
                .containsExactly("PAYMENT_APPROVED", "PAYMENT_DEPOSITED", "PAYMENT_REVERSED");
    }

    @Test
    void refundsMoveThePaidOrderToPartiallyRefundedAndThenRefunded() {
        publish(payment.approved(AMOUNT));
        awaitStatus(customer, orderId, "AUTHORIZED");
        publish(payment.deposited(AMOUNT));
        awaitStatus(customer, orderId, "PAID");

        publish(payment.refunded(300));
        assertThat(awaitStatus(customer, orderId, "PARTIALLY_REFUNDED")
                        .get("refundedAmount")
                        .longValue())
                .isEqualTo(300);

        publish(payment.refunded(700));
        JsonNode order = awaitStatus(customer, orderId, "REFUNDED");
        assertThat(order.get("refundedAmount").longValue()).isEqualTo(AMOUNT);
        assertThat(order.get("paidAmount").longValue()).isEqualTo(AMOUNT);
    }

    @Test
    void failedDepositIsHistoryAndLeavesTheOrderAuthorized() {
        publish(payment.approved(AMOUNT));
        awaitStatus(customer, orderId, "AUTHORIZED");

        publish(payment.failed(AMOUNT));

        JsonNode order = awaitOrder(customer, orderId, o -> o.get("history").size() == 2);
        assertThat(order.get("status").stringValue()).isEqualTo("AUTHORIZED");
        assertThat(order.get("history").get(1).get("statusAfter").stringValue()).isEqualTo("AUTHORIZED");
        assertThat(order.get("anomalies")).isEmpty();
    }

    @Test
    void duplicatesAreIgnored() {
        double duplicatesBefore = duplicates(PaymentTopics.APPROVED);
        PaymentEvent approval = payment.approved(AMOUNT);
        PaymentEvent firstDeposit = payment.deposited(600);
        // Same key, same partition: the copy is read before the last deposit, so it has been decided by then.
        publish(approval, approval);
        publish(firstDeposit, firstDeposit, payment.deposited(400));

        JsonNode order = awaitOrder(customer, orderId, o -> o.get("paidAmount").longValue() == AMOUNT);
        await().atMost(EVENT_WAIT).until(() -> duplicates(PaymentTopics.APPROVED) >= duplicatesBefore + 1);

        JsonNode settled = api.order(customer, orderId);
        assertThat(historyTypes(settled)).containsExactly("PAYMENT_APPROVED", "PAYMENT_DEPOSITED", "PAYMENT_DEPOSITED");
        assertThat(settled.get("anomalies")).isEmpty();
        assertThat(order.get("status").stringValue()).isEqualTo("PAID");
        assertThat(rows("SELECT count(*) FROM inbox WHERE order_id = :p", orderId))
                .isEqualTo(3);
    }

    @Test
    void recordThatIsNotAPaymentEventIsAnAnomalyOfItsOrder() {
        EventPublisher.publishRaw(PaymentTopics.APPROVED, orderId, "{\"eventId\": \"evt_broken\", \"amount\": ");
        publish(payment.approved(AMOUNT));

        JsonNode order = awaitOrder(customer, orderId, o -> o.get("anomalies").size() == 1);
        assertThat(anomalyKinds(order)).containsExactly("MALFORMED_EVENT");
        assertThat(awaitStatus(customer, orderId, "AUTHORIZED").get("history")).hasSize(1);
    }

    private double duplicates(String topic) {
        var counter = meters.find("paystream.orders.events")
                .tags("type", topic, "outcome", "duplicate")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
