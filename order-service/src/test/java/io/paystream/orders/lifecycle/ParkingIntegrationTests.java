package io.paystream.orders.lifecycle;

import static io.paystream.orders.EventPublisher.publish;
import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentEvent;
import io.paystream.orders.OrderServiceTestBase;
import io.paystream.orders.PaymentScript;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Events that arrive before they fit wait in the parking and are applied when they do; events that can never fit
 * become anomalies on the order and in the metrics. Nothing is dropped.
 */
class ParkingIntegrationTests extends OrderServiceTestBase {

    static final long AMOUNT = 5000;

    final String customer = "customer-" + UUID.randomUUID();

    @Test
    void depositBeforeItsApprovalIsParkedAndAppliedAfterIt() {
        String orderId = api.placeOrder(customer, AMOUNT, "USD");
        PaymentScript payment = PaymentScript.forOrder(orderId, customer, "USD");
        PaymentEvent approval = payment.approved(AMOUNT);
        PaymentEvent deposit = payment.deposited(AMOUNT);

        publish(deposit);
        awaitParked(deposit);
        assertThat(api.order(customer, orderId).get("status").stringValue()).isEqualTo("CREATED");
        publish(approval);

        JsonNode order = awaitStatus(customer, orderId, "PAID");
        assertThat(historyTypes(order)).containsExactly("PAYMENT_APPROVED", "PAYMENT_DEPOSITED");
        assertThat(order.get("paidAmount").longValue()).isEqualTo(AMOUNT);
        assertThat(isParked(deposit)).isFalse();
    }

    @Test
    void reversalThatOvertookItsDepositIsAppliedAfterIt() {
        String orderId = api.placeOrder(customer, AMOUNT, "USD");
        PaymentScript payment = PaymentScript.forOrder(orderId, customer, "USD");
        publish(payment.approved(AMOUNT));
        awaitStatus(customer, orderId, "AUTHORIZED");
        PaymentEvent deposit = payment.deposited(AMOUNT);
        PaymentEvent reversal = payment.reversed(AMOUNT);

        publish(reversal);
        awaitParked(reversal);
        publish(deposit);

        JsonNode order = awaitStatus(customer, orderId, "REVERSED");
        assertThat(historyTypes(order)).containsExactly("PAYMENT_APPROVED", "PAYMENT_DEPOSITED", "PAYMENT_REVERSED");
        assertThat(order.get("anomalies")).isEmpty();
    }

    @Test
    void refundThatOvertookItsDepositWaitsForIt() {
        String orderId = api.placeOrder(customer, AMOUNT, "USD");
        PaymentScript payment = PaymentScript.forOrder(orderId, customer, "USD");
        PaymentEvent approval = payment.approved(AMOUNT);
        PaymentEvent deposit = payment.deposited(AMOUNT);
        PaymentEvent refund = payment.refunded(AMOUNT);

        publish(refund, approval);
        awaitStatus(customer, orderId, "AUTHORIZED");
        awaitParked(refund);
        publish(deposit);

        JsonNode order = awaitStatus(customer, orderId, "REFUNDED");
        assertThat(historyTypes(order)).containsExactly("PAYMENT_APPROVED", "PAYMENT_DEPOSITED", "PAYMENT_REFUNDED");
    }

    @Test
    void operationWhosePredecessorNeverArrivesIsAppliedAfterTheSequenceWait() {
        String orderId = api.placeOrder(customer, AMOUNT, "USD");
        PaymentScript payment = PaymentScript.forOrder(orderId, customer, "USD");
        publish(payment.approved(AMOUNT));
        payment.deposited(1000); // sequence 2 is never published
        PaymentEvent laterDeposit = payment.deposited(4000);

        publish(laterDeposit);
        awaitParked(laterDeposit);

        JsonNode order = awaitStatus(customer, orderId, "PAID");
        assertThat(order.get("paidAmount").longValue()).isEqualTo(4000);
        assertThat(order.get("history").get(1).get("sequence").longValue()).isEqualTo(3);
    }

    @Test
    void eventForAnOrderNotYetVisibleIsAppliedOnceItAppears() {
        String orderId =
                "ord_LATE" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        PaymentEvent approval = PaymentScript.forOrder(orderId, customer, "USD").approved(AMOUNT);

        publish(approval);
        awaitParked(approval);
        jdbc.sql("""
                        INSERT INTO orders (id, customer_id, amount, currency, status, created_at, updated_at)
                        VALUES (:id, :customer, :amount, 'USD', 'CREATED', :now, :now)""")
                .param("id", orderId)
                .param("customer", customer)
                .param("amount", AMOUNT)
                .param("now", OffsetDateTime.now())
                .update();

        assertThat(historyTypes(awaitStatus(customer, orderId, "AUTHORIZED"))).containsExactly("PAYMENT_APPROVED");
    }

    @Test
    void approvalOfAnotherAmountIsAnAnomalyOnTheOrderAndInTheMetrics() {
        double before = anomalies("AMOUNT_MISMATCH");
        String orderId = api.placeOrder(customer, AMOUNT, "USD");

        publish(PaymentScript.forOrder(orderId, customer, "USD").approved(AMOUNT + 1));

        JsonNode order = awaitOrder(customer, orderId, o -> !o.get("anomalies").isEmpty());
        assertThat(anomalyKinds(order)).containsExactly("AMOUNT_MISMATCH");
        assertThat(order.get("anomalies").get(0).get("detail").stringValue()).contains("50.01", "50.00");
        assertThat(order.get("status").stringValue()).isEqualTo("CREATED");
        assertThat(order.get("history")).isEmpty();
        assertThat(anomalies("AMOUNT_MISMATCH")).isEqualTo(before + 1);
    }

    @Test
    void approvalInAnotherCurrencyIsAnAnomaly() {
        String orderId = api.placeOrder(customer, AMOUNT, "USD");

        publish(PaymentScript.forOrder(orderId, customer, "EUR").approved(AMOUNT));

        JsonNode order = awaitOrder(customer, orderId, o -> !o.get("anomalies").isEmpty());
        assertThat(anomalyKinds(order)).containsExactly("CURRENCY_MISMATCH");
        assertThat(order.get("status").stringValue()).isEqualTo("CREATED");
    }

    @Test
    void depositOfAReversedOrderIsAForbiddenTransitionAnomaly() {
        String orderId = api.placeOrder(customer, AMOUNT, "USD");
        PaymentScript payment = PaymentScript.forOrder(orderId, customer, "USD");
        publish(payment.approved(AMOUNT));
        awaitStatus(customer, orderId, "AUTHORIZED");
        publish(payment.reversed(AMOUNT));
        awaitStatus(customer, orderId, "REVERSED");

        publish(payment.deposited(AMOUNT));

        JsonNode order = awaitOrder(customer, orderId, o -> !o.get("anomalies").isEmpty());
        assertThat(anomalyKinds(order)).containsExactly("TRANSITION_FORBIDDEN");
        assertThat(order.get("status").stringValue()).isEqualTo("REVERSED");
        assertThat(order.get("paidAmount").longValue()).isZero();
    }

    @Test
    void eventThatNeverFitsWithinTheParkingLimitBecomesAnAnomaly() {
        String orderId = api.placeOrder(customer, AMOUNT, "USD");
        PaymentScript neverApproved = PaymentScript.forOrder(orderId, customer, "USD");
        neverApproved.approved(AMOUNT);
        PaymentEvent orphanDeposit = neverApproved.deposited(AMOUNT);

        publish(orphanDeposit);
        awaitParked(orphanDeposit);

        JsonNode order = awaitOrder(customer, orderId, o -> !o.get("anomalies").isEmpty());
        assertThat(anomalyKinds(order)).containsExactly("PARKED_TOO_LONG");
        assertThat(order.get("anomalies").get(0).get("eventId").stringValue()).isEqualTo(orphanDeposit.eventId());
        assertThat(isParked(orphanDeposit)).isFalse();
    }

    private double anomalies(String kind) {
        var counter =
                meters.find("paystream.orders.anomalies").tags("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }
}
