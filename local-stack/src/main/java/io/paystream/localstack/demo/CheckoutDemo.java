package io.paystream.localstack.demo;

import io.paystream.contracts.PaymentTopics;
import io.paystream.localstack.demo.Checkout.Answer;
import io.paystream.localstack.operator.LocalMerchants;
import io.paystream.testsupport.webhooks.StandardWebhooksCheck;
import io.paystream.testsupport.webhooks.WebhookReceiver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * The checkout story on the running local stack, as alice, through the facade: create an order, add a card, approve
 * it; the order team deposits part with mer_demo's API key; settle, refund part. Prints each answer, the order after
 * each step, the payment events the order team would have seen on Kafka, the payment's audit trail, and the webhooks
 * a receiver the demo runs got for mer_demo's endpoint, each checked against its signature. Run with
 * {@code ./paystream demo}.
 */
public final class CheckoutDemo {

    private CheckoutDemo() {}

    public static void main(String[] args) {
        Checkout alice = Checkout.signIn("alice", "alice-password");
        alice.forgetStoredMethods();
        // The order team ships and captures with mer_demo's API key: it acts for every shopper of the merchant.
        Checkout orderTeam = Checkout.withApiKey(
                LocalMerchants.apiKey(Path.of(System.getProperty("paystream.home", ".paystream")), "mer_demo"));
        try (KafkaConsumer<String, String> events = subscribe();
                WebhookReceiver backOffice = new WebhookReceiver(Clock.systemUTC())) {
            Answer endpoint = step(
                    "mer_demo's back office registers a webhook endpoint (its API key)",
                    orderTeam.post("/v1/webhook-endpoints", """
                            {"url":"%s","eventTypes":["payment.authorized","payment.captured","payment.refunded"],
                             "description":"the demo's receiver"}""".formatted(backOffice.url("/paystream-webhooks"))));
            Answer order = step(
                    "Create an order of 42.00 USD",
                    alice.post("/v1/orders", "{\"amount\":4200,\"currency\":\"USD\",\"reference\":\"demo-basket\"}"));
            String orderId = order.body().path("orderId").asString();
            Answer card = step(
                    "Add a Visa card from a Braintree nonce",
                    alice.post(
                            "/v1/wallet/payment-methods",
                            "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\",\"nickname\":\"demo card\"}"));
            Answer approved = step("Approve 42.00 with Prefer: wait=10", alice.post("/v1/payments", """
                    {"orderId":"%s","amount":4200,"currency":"USD","paymentMethodId":"%s"}""".formatted(
                            orderId, card.body().path("id").asString())));
            String paymentId = approved.body().path("paymentId").asString();
            showOrder(alice, orderId);
            step(
                    "The order team (mer_demo's API key) deposits 30.00 at shipment",
                    orderTeam.post("/v1/payments/" + paymentId + "/deposits", "{\"amount\":3000}"));
            showOrder(alice, orderId);
            Checkout.settleAll();
            System.out.println("\n== Settle the capture in the Braintree simulator (POST /admin/settle)");
            step("Refund 10.00", alice.post("/v1/payments/" + paymentId + "/refunds", "{\"amount\":1000}"));
            showOrder(alice, orderId);
            Answer refundedPage = orderTeam.get("/v1/payments?status=PARTIALLY_REFUNDED&limit=3");
            System.out.printf(
                    "%n== The order team lists mer_demo's partially refunded payments (all shoppers) -> HTTP %d: %s%n",
                    refundedPage.status(),
                    refundedPage
                            .body()
                            .path("data")
                            .valueStream()
                            .map(payment -> payment.path("paymentId").asString())
                            .toList());
            showEvents(events, orderId);
            showAudit(alice, paymentId);
            showWebhooks(backOffice, endpoint.body(), paymentId);
            orderTeam.delete(
                    "/v1/webhook-endpoints/" + endpoint.body().path("id").asString());
        }
    }

    /** The payment's three webhooks as the back office got them, each checked as the Standard Webhooks spec says. */
    private static void showWebhooks(WebhookReceiver backOffice, JsonNode endpoint, String paymentId) {
        List<WebhookReceiver.Received> received;
        try {
            received = backOffice.awaitReceived(3, Duration.ofSeconds(10));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        System.out.println("\n== Webhooks the back office received at "
                + endpoint.path("url").asString());
        for (WebhookReceiver.Received delivery : received) {
            JsonNode body = Checkout.JSON.readTree(delivery.body());
            System.out.printf(
                    "   %s %-18s payment %s sequence %d, amount %d: signature %s%n",
                    delivery.header("webhook-id"),
                    body.path("type").asString(),
                    body.path("data").path("paymentId").asString().equals(paymentId) ? "(this one)" : "(another)",
                    body.path("data").path("sequence").asLong(),
                    body.path("data").path("amount").asLong(),
                    StandardWebhooksCheck.verifies(endpoint.path("secret").asString(), delivery)
                            ? "verified"
                            : "DOES NOT VERIFY");
        }
    }

    /** The payment's audit trail as alice may read it: who asked for what, and each call to Braintree. */
    private static void showAudit(Checkout customer, String paymentId) {
        Answer audit = customer.get("/v1/payments/" + paymentId + "/audit");
        System.out.println(
                "\n== The payment's audit trail (GET /v1/payments/" + paymentId + "/audit) -> HTTP " + audit.status());
        audit.body()
                .path("data")
                .valueStream()
                .forEach(record -> System.out.printf(
                        "   #%d %-15s %-8s %-22s %-10s %s%n",
                        record.path("sequence").asLong(),
                        record.path("event").asString(),
                        record.path("actor").path("type").asString(),
                        record.path("request").path("operation").asString("")
                                + record.path("gateway").path("operation").asString(""),
                        record.path("outcome").asString(),
                        record.has("gateway")
                                ? "processor "
                                        + record.path("gateway")
                                                .path("processorResponseCode")
                                                .asString("-") + ", "
                                        + record.path("gateway")
                                                .path("latencyMs")
                                                .asLong() + " ms"
                                : "Idempotency-Key "
                                        + record.path("request")
                                                .path("idempotencyKey")
                                                .asString()));
    }

    private static Answer step(String title, Answer answer) {
        System.out.println("\n== " + title + " -> HTTP " + answer.status());
        System.out.println(Checkout.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer.body()));
        return answer;
    }

    private static void showOrder(Checkout customer, String orderId) {
        JsonNode order = customer.get("/v1/orders/" + orderId).body();
        System.out.printf(
                "   order %s: status %s, paid %d, refunded %d, %d history entries%n",
                orderId,
                order.path("status").asString(),
                order.path("paidAmount").asLong(),
                order.path("refundedAmount").asLong(),
                order.path("history").size());
    }

    private static KafkaConsumer<String, String> subscribe() {
        var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092",
                        ConsumerConfig.GROUP_ID_CONFIG, "demo-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(PaymentTopics.ALL);
        return consumer;
    }

    private static void showEvents(KafkaConsumer<String, String> consumer, String orderId) {
        System.out.println("\n== Payment events on Kafka for " + orderId);
        List<ConsumerRecord<String, String>> seen = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        }
        seen.stream()
                .filter(record -> orderId.equals(record.key()))
                .sorted(java.util.Comparator.comparingInt(record ->
                        Checkout.JSON.readTree(record.value()).path("sequence").asInt()))
                .forEach(record -> {
                    JsonNode event = Checkout.JSON.readTree(record.value());
                    System.out.printf(
                            "   %-18s seq %d  %s %d %s  txn %s%n",
                            record.topic(),
                            event.path("sequence").asInt(),
                            event.path("eventType").asString(),
                            event.path("amount").asLong(),
                            event.path("currency").asString(),
                            event.path("gatewayTransactionId").asString());
                });
    }
}
