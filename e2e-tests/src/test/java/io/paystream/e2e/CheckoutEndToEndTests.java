package io.paystream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.braintree.simulator.SimulatorSettings;
import io.paystream.e2e.Api.Answer;
import io.paystream.testsupport.HttpCalls;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mission as a checkout client sees it: orders, wallets and payments through the facade, with each order's
 * state and history from the order service, which only hears about payments through Kafka.
 */
class CheckoutEndToEndTests {

    private final Api alice = Api.newCustomer("alice");

    @ParameterizedTest(name = "{0} is approved and its order authorized")
    @CsvSource({
        "CARD, fake-valid-visa-nonce",
        "APPLE_PAY, fake-apple-pay-visa-nonce",
        "GOOGLE_PAY, fake-android-pay-visa-nonce",
        "PAYPAL, fake-paypal-future-nonce"
    })
    void everyMethodKindIsApprovedAndItsOrderAuthorized(String type, String nonce) {
        String order = alice.order(2599);
        String method = alice.method(type, nonce);

        Answer approved = alice.approve(order, 2599, method);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(approved.body().path("paymentMethod").path("type").asString())
                .isEqualTo(type);
        assertThat(alice.orderAfter(order, "AUTHORIZED").path("history")).hasSize(1);
    }

    @Test
    void processorDeclineDeclinesThePaymentAndTheOrder() {
        String order = alice.order(200000);

        Answer declined = alice.approve(order, 200000, alice.method("CARD", "fake-valid-visa-nonce"));

        assertThat(declined.body().path("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.body()
                        .path("operations")
                        .path(0)
                        .path("failureCode")
                        .asString())
                .isEqualTo("2000");
        alice.orderAfter(order, "PAYMENT_DECLINED");
    }

    @Test
    void partialDepositThenPartialRefundsUpToTheFullAmount() {
        String order = alice.order(10000);
        String payment = paymentId(alice.approve(order, 10000, alice.method("CARD", "fake-valid-visa-nonce")));

        Answer deposited = alice.post("/v1/payments/" + payment + "/deposits", "{\"amount\":6000}");
        assertThat(deposited.body().path("status").asString()).isEqualTo("CAPTURED");
        assertThat(alice.orderAfter(order, "PAID").path("paidAmount").asLong()).isEqualTo(6000);

        Platform.get().braintree.settleAll();
        Answer firstRefund = alice.post("/v1/payments/" + payment + "/refunds", "{\"amount\":2000}");
        assertThat(firstRefund.body().path("status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        alice.orderAfter(order, "PARTIALLY_REFUNDED");
        Answer rest = alice.post("/v1/payments/" + payment + "/refunds", "{}");

        assertThat(rest.body().path("status").asString()).isEqualTo("REFUNDED");
        assertThat(rest.body().path("refundedAmount").asLong()).isEqualTo(6000);
        JsonNode refunded = alice.orderAfter(order, "REFUNDED");
        assertThat(refunded.path("refundedAmount").asLong()).isEqualTo(6000);
        assertThat(refunded.path("history")).hasSize(4);
        assertThat(refunded.path("anomalies")).isEmpty();
    }

    @Test
    void reversalBeforeSettlementVoidsTheAuthorization() {
        String order = alice.order(4500);
        String payment = paymentId(alice.approve(order, 4500, alice.method("CARD", "fake-valid-visa-nonce")));

        Answer reversed = alice.post("/v1/payments/" + payment + "/reversals", "{}");

        assertThat(reversed.body().path("status").asString()).isEqualTo("REVERSED");
        alice.orderAfter(order, "REVERSED");
    }

    @Test
    void reversalAfterSettlementBecomesARefund() {
        String order = alice.order(5200);
        String payment = paymentId(alice.approve(order, 5200, alice.method("CARD", "fake-valid-visa-nonce")));
        alice.post("/v1/payments/" + payment + "/deposits", "{}");
        Platform.get().braintree.settleAll();

        Answer reversed = alice.post("/v1/payments/" + payment + "/reversals", "{}");

        assertThat(reversed.body().path("status").asString()).isEqualTo("REVERSED");
        String refundCredit = reversed.body()
                .path("operations")
                .path(2)
                .path("gatewayTransactionId")
                .asString();
        assertThat(Platform.get()
                        .braintree
                        .transaction(refundCredit)
                        .orElseThrow()
                        .type())
                .isEqualTo("credit");
        alice.orderAfter(order, "REVERSED");
    }

    @Test
    void replayedApprovalThroughTheFacadeGivesTheFirstAnswer() {
        String order = alice.order(1500);
        String method = alice.method("CARD", "fake-valid-visa-nonce");
        String body = Api.approval(order, 1500, method);

        Answer first = alice.post("/v1/payments", "checkout-42", body);
        Answer replay = alice.post("/v1/payments", "checkout-42", body);

        assertThat(replay.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(paymentId(replay)).isEqualTo(paymentId(first));
        assertThat(alice.get("/v1/payments?orderId=" + order).body()).hasSize(1);
    }

    @Test
    void aDeletedMethodIsNeverChargedAgain() {
        String method = alice.method("CARD", "fake-valid-visa-nonce");
        assertThat(alice.approve(alice.order(1200), 1200, method)
                        .body()
                        .path("status")
                        .asString())
                .isEqualTo("AUTHORIZED");

        assertThat(alice.delete("/v1/wallet/payment-methods/" + method).status())
                .isEqualTo(204);

        // At once and from then on: refused once the orchestrator heard the removal, and before that taken from its
        // memory but failed at the gateway, whose vault lost the token before the wallet answered.
        for (int attempt = 0; attempt < 5; attempt++) {
            String order = alice.order(1200);
            Answer after = alice.post("/v1/payments", Api.approval(order, 1200, method));
            assertThat(after.status())
                    .as("attempt %d: %s", attempt, after.body())
                    .isIn(200, 404);
            if (after.status() == 200) {
                assertThat(after.body().path("status").asString()).isIn("DECLINED", "FAILED");
            }
            assertThat(alice.get("/v1/orders/" + order).body().path("status").asString())
                    .isNotEqualTo("AUTHORIZED");
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> alice.post("/v1/payments", Api.approval(alice.order(1200), 1200, method))
                                .status()
                        == 404);
    }

    @Test
    void bobSeesNoneOfAlicesOrdersPaymentsOrMethods() {
        String order = alice.order(3300);
        String method = alice.method("CARD", "fake-valid-visa-nonce");
        String payment = paymentId(alice.approve(order, 3300, method));
        Api bob = Api.newCustomer("bob");

        assertThat(List.of(
                        bob.get("/v1/orders/" + order).status(),
                        bob.get("/v1/payments/" + payment).status(),
                        bob.get("/v1/wallet/payment-methods/" + method).status(),
                        bob.post("/v1/payments/" + payment + "/deposits", "{}").status()))
                .containsOnly(404);
        assertThat(bob.get("/v1/payments?orderId=" + order).body()).isEmpty();
        assertThat(bob.post("/v1/payments", Api.approval(order, 3300, method)).status())
                .isEqualTo(404);
    }

    @Test
    void eachMerchantsShopperIsChargedAtThatMerchantsBraintreeAndTheSameSubElsewhereSeesNothing() {
        String subject = "shopper-" + UUID.randomUUID();
        Api atAcme = Api.customerAt("mer_acme", subject);
        Api atDemo = Api.customerAt("mer_demo", subject);

        Api.Answer acme = atAcme.post("/v1/payments", withNonce(atAcme.order(2500), 2500));
        Api.Answer demo = atDemo.post("/v1/payments", withNonce(atDemo.order(1300), 1300));

        assertThat(List.of(
                        acme.body().path("status").asString(),
                        demo.body().path("status").asString()))
                .as("%s %s", acme.body(), demo.body())
                .containsOnly("AUTHORIZED");
        String acmePayment = paymentId(acme);
        assertThat(saleAt("acme_merchant", acme)).isTrue();
        assertThat(saleAt(SimulatorSettings.DEFAULT_MERCHANT_ID, acme)).isFalse();
        assertThat(saleAt(SimulatorSettings.DEFAULT_MERCHANT_ID, demo)).isTrue();
        assertThat(saleAt("acme_merchant", demo)).isFalse();
        assertThat(List.of(
                        atDemo.get("/v1/payments/" + acmePayment).status(),
                        atDemo.post("/v1/payments/" + acmePayment + "/deposits", "{}")
                                .status(),
                        atAcme.get("/v1/payments/" + paymentId(demo)).status()))
                .containsOnly(404);
        // A stored card is vaulted at the merchant's own account too, and is no one's elsewhere.
        String card = atAcme.method("CARD", "fake-valid-visa-nonce");
        assertThat(atDemo.get("/v1/wallet/payment-methods/" + card).status()).isEqualTo(404);
        assertThat(atDemo.post("/v1/payments", Api.approval(atDemo.order(900), 900, card))
                        .status())
                .isEqualTo(404);
        Api.Answer withCard = atAcme.approve(atAcme.order(900), 900, card);
        assertThat(withCard.body().path("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(saleAt("acme_merchant", withCard)).isTrue();
        Api.Answer captured = atAcme.post("/v1/payments/" + acmePayment + "/deposits", "{}");
        assertThat(captured.body().path("status").asString()).isEqualTo("CAPTURED");
        String capture = captured.body()
                .path("operations")
                .path(1)
                .path("gatewayTransactionId")
                .asString();
        assertThat(Platform.get().braintree.transactions("acme_merchant"))
                .anySatisfy(transaction -> assertThat(transaction.id()).isEqualTo(capture));
        assertThat(Platform.get().braintree.transactions())
                .noneMatch(transaction -> transaction.id().equals(capture));
    }

    private static String withNonce(String order, long amount) {
        return """
                {"orderId":"%s","amount":%d,"currency":"USD","paymentMethodNonce":"fake-valid-visa-nonce"}""".formatted(order, amount);
    }

    /** Whether the Braintree account {@code merchantId} recorded the sale of this approval. */
    private static boolean saleAt(String merchantId, Api.Answer approval) {
        String operation =
                approval.body().path("operations").path(0).path("operationId").asString();
        return Platform.get().braintree.transactions(merchantId).stream()
                .anyMatch(transaction -> operation.equals(transaction.orderId()));
    }

    @Test
    void aCheckoutIsOneTraceFromTheFacadeThroughSqsAndKafkaToTheOrderAndWebhookServices() {
        String order = alice.order(1800);
        String method = alice.method("CARD", "fake-valid-visa-nonce");
        String traceId = randomHex(16);

        // The client's own traceparent, as a web or mobile client with OpenTelemetry sends it: the facade continues it.
        Answer approved = alice.post(
                "/v1/payments",
                "key-" + UUID.randomUUID(),
                Api.approval(order, 1800, method),
                "traceparent",
                "00-" + traceId + "-" + randomHex(8) + "-01");
        assertThat(approved.status()).as("approval: %s", approved.body()).isEqualTo(200);
        alice.orderAfter(order, "AUTHORIZED");

        // Each service reports its spans when they end; the Kafka consumers' (order and webhook services) come last.
        JsonNode spans = await().atMost(Duration.ofSeconds(30))
                .until(() -> spansOf(traceId), found -> serviceNames(found).size() == 6);
        assertThat(serviceNames(spans))
                .containsExactlyInAnyOrder(
                        "payments-a-facade",
                        "payments-orchestrator",
                        "wallet-service",
                        "payment-platform-service",
                        "order-service",
                        "webhook-service");
        assertThat(spans.valueStream().map(span -> span.path("name").asString()))
                .contains("braintree execute approve");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Zipkin's spans of one trace; an empty array while it has none. */
    private static JsonNode spansOf(String traceId) {
        HttpResponse<String> answer = HttpCalls.send(
                HttpRequest.newBuilder(URI.create(Platform.get().zipkin.traceUrl(traceId))));
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : JSON.createArrayNode();
    }

    private static Set<String> serviceNames(JsonNode spans) {
        return spans.valueStream()
                .map(span -> span.path("localEndpoint").path("serviceName").asString())
                .collect(Collectors.toSet());
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String paymentId(Answer answer) {
        return answer.body().path("paymentId").asString();
    }
}
