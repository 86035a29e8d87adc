package io.paystream.loadtest;

import io.paystream.loadtest.measure.Latency;
import io.paystream.loadtest.measure.ProcessCpu;
import io.paystream.localstack.demo.Checkout;
import io.paystream.localstack.operator.LocalMerchants;
import io.paystream.testsupport.webhooks.StandardWebhooksCheck;
import io.paystream.testsupport.webhooks.WebhookReceiver;
import io.paystream.testsupport.webhooks.WebhookReceiver.Answer;
import io.paystream.testsupport.webhooks.WebhookReceiver.Received;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 20's measurement on the running local stack: mer_demo's back office registers two endpoints for
 * {@code payment.authorized}, one answering at once and one only after 2 s; alice and bob then make N checkouts (an
 * order and an approval of a stored card with {@code Prefer: wait=10}, paced under the facade's per-customer limit).
 * Prints how long each event took from its {@code occurredAt} to the prompt endpoint's receipt (p50, p99, max), how
 * many the slow endpoint had got by then, whether every delivery verified, and the webhook service's CPU per payment.
 * Both endpoints are deleted at the end, with what was still pending to the slow one. Run with
 * {@code ./paystream webhooks [N]}.
 */
public final class WebhookLatency {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration SLOW_ANSWER = Duration.ofSeconds(2);

    private WebhookLatency() {}

    public static void main(String[] args) throws Exception {
        int checkouts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Checkout backOffice = Checkout.withApiKey(
                LocalMerchants.apiKey(Path.of(System.getProperty("paystream.home", ".paystream")), "mer_demo"));
        List<Checkout> shoppers =
                List.of(Checkout.signIn("alice", "alice-password"), Checkout.signIn("bob", "bob-password"));
        List<String> cards = new ArrayList<>();
        for (Checkout shopper : shoppers) {
            shopper.forgetStoredMethods();
            cards.add(shopper.post(
                            "/v1/wallet/payment-methods", "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}")
                    .body()
                    .path("id")
                    .asString());
        }
        try (WebhookReceiver prompt = new WebhookReceiver(Clock.systemUTC());
                WebhookReceiver slow = new WebhookReceiver(Clock.systemUTC())) {
            slow.answer(request -> {
                LockSupport.parkNanos(SLOW_ANSWER.toNanos());
                return Answer.of(200);
            });
            JsonNode promptEndpoint = register(backOffice, prompt, "prompt");
            JsonNode slowEndpoint = register(backOffice, slow, "slow, 2 s");
            Map<String, Double> before = ProcessCpu.snapshot();
            long started = System.nanoTime();

            AtomicInteger next = new AtomicInteger();
            try (ExecutorService running = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < shoppers.size(); i++) {
                    Checkout shopper = shoppers.get(i);
                    String card = cards.get(i);
                    running.submit(() -> {
                        while (next.getAndIncrement() < checkouts) {
                            long start = System.nanoTime();
                            checkout(shopper, card);
                            // Two facade calls per checkout stay under its 20 requests/s per customer.
                            LockSupport.parkNanos(Math.max(0, 120_000_000 - (System.nanoTime() - start)));
                        }
                        return null;
                    });
                }
            }
            double checkoutSeconds = (System.nanoTime() - started) / 1e9;
            List<Received> received = prompt.awaitReceived(checkouts, Duration.ofMinutes(2));
            Map<String, Double> used = ProcessCpu.difference(before, ProcessCpu.snapshot());
            int slowSoFar = slow.received().size();

            List<Double> millis = new ArrayList<>();
            int verified = 0;
            for (Received delivery : received) {
                JsonNode body = JSON.readTree(delivery.body());
                millis.add((double) Duration.between(
                                Instant.parse(
                                        body.path("data").path("occurredAt").asString()),
                                delivery.at())
                        .toMillis());
                if (StandardWebhooksCheck.verifies(promptEndpoint.path("secret").asString(), delivery)) {
                    verified++;
                }
            }
            backOffice.delete(
                    "/v1/webhook-endpoints/" + promptEndpoint.path("id").asString());
            backOffice.delete("/v1/webhook-endpoints/" + slowEndpoint.path("id").asString());

            double webhookSeconds = used.getOrDefault("webhook service", 0.0);
            System.out.printf(
                    "%d checkouts in %.1f s (%.1f/s), two endpoints for payment.authorized%n",
                    checkouts, checkoutSeconds, checkouts / checkoutSeconds);
            System.out.printf(
                    "prompt endpoint: %d deliveries (%d verified), event to receipt %s%n",
                    received.size(), verified, Latency.of(millis));
            System.out.printf(
                    "slow endpoint (answers after %d s, 4 at a time): %d delivered by then%n",
                    SLOW_ANSWER.toSeconds(), slowSoFar);
            System.out.printf(
                    "webhook service CPU: %.2f ms per payment (%.1f s in all); the platform's: %.1f ms per payment%n",
                    webhookSeconds * 1000 / checkouts,
                    webhookSeconds,
                    ProcessCpu.platformTotal(used) * 1000 / checkouts);
        }
    }

    private static JsonNode register(Checkout backOffice, WebhookReceiver receiver, String description) {
        return backOffice
                .post("/v1/webhook-endpoints", """
                        {"url":"%s","eventTypes":["payment.authorized"],"description":"%s"}""".formatted(receiver.url("/hooks"), description))
                .body();
    }

    private static void checkout(Checkout shopper, String card) {
        String orderId = shopper.post("/v1/orders", "{\"amount\":1999,\"currency\":\"USD\"}")
                .body()
                .path("orderId")
                .asString();
        Checkout.Answer approved = shopper.post("/v1/payments", """
                {"orderId":"%s","amount":1999,"currency":"USD","paymentMethodId":"%s"}""".formatted(orderId, card));
        if (approved.status() != 200) {
            throw new IllegalStateException("approval answered " + approved.status() + " " + approved.body());
        }
    }
}
