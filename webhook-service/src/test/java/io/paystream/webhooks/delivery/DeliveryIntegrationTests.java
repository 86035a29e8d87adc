package io.paystream.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.testsupport.webhooks.StandardWebhooksCheck;
import io.paystream.testsupport.webhooks.WebhookReceiver;
import io.paystream.testsupport.webhooks.WebhookReceiver.Answer;
import io.paystream.testsupport.webhooks.WebhookReceiver.Received;
import io.paystream.webhooks.WebhookServiceTestBase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Lifecycle events from Kafka delivered to real HTTP endpoints that fail, stall, answer 410 or 429 and succeed,
 * through hours and days of the clock the tests move; each delivery checked with the specification's verification,
 * not the service's signer.
 */
class DeliveryIntegrationTests extends WebhookServiceTestBase {

    private final WebhookReceiver receiver = new WebhookReceiver(CLOCK);
    private final WebhookReceiver other = new WebhookReceiver(CLOCK);

    @AfterEach
    void close() {
        receiver.close();
        other.close();
    }

    @Test
    void anEventGoesOnceToEachSubscribedEndpointOfItsMerchantSignedAsTheSpecificationSays() {
        JsonNode endpoint = createEndpoint(receiver.url("/hooks"), "payment.authorized");
        createEndpoint(other.url("/hooks"), "payment.refunded");
        String mine = merchant;
        newMerchant();
        WebhookReceiver strangers = new WebhookReceiver(CLOCK);
        createEndpoint(strangers.url("/hooks"), "payment.authorized");
        merchant = mine;

        PaymentEvent approved = publish(PaymentEventType.PAYMENT_APPROVED, "pay_" + UUID.randomUUID(), 1);
        // Kafka delivers at least once: the copy makes no second delivery.
        publish(approved);
        PaymentEvent later = publish(PaymentEventType.PAYMENT_APPROVED, approved.paymentId() + "b", 1);

        await().until(() -> receiver.received().size() >= 2);
        List<Received> received = receiver.received();
        assertThat(received).hasSize(2);
        Received first = received.getFirst();
        JsonNode body = JSON.readTree(first.body());
        assertThat(StandardWebhooksCheck.verifies(endpoint.path("secret").asString(), first))
                .isTrue();
        assertThat(body.path("id").asString())
                .isEqualTo(first.header("webhook-id"))
                .startsWith("evt_");
        assertThat(body.path("type").asString()).isEqualTo("payment.authorized");
        assertThat(body.path("data").path("paymentId").asString()).isEqualTo(approved.paymentId());
        assertThat(body.path("data").path("sequence").asLong()).isEqualTo(1);
        assertThat(body.path("data").path("amount").asLong()).isEqualTo(1500);
        assertThat(JSON.readTree(received.get(1).body())
                        .path("data")
                        .path("paymentId")
                        .asString())
                .isEqualTo(later.paymentId());
        assertThat(other.received()).isEmpty();
        assertThat(strangers.received()).isEmpty();
        strangers.close();

        JsonNode deliveries = awaitDeliveries(endpoint, "SUCCEEDED", 2);
        JsonNode attempt = deliveries.path(1).path("attempts").path(0);
        assertThat(attempt.path("number").asInt()).isEqualTo(1);
        assertThat(attempt.path("statusCode").asInt()).isEqualTo(200);
        assertThat(attempt.has("latencyMillis")).isTrue();
    }

    @Test
    void anEndpointDownForAnHourGetsEveryEventOfThatHourAfterwardsEachOnceAndInOrderToBeTold() {
        JsonNode endpoint = createEndpoint(receiver.url("/hooks"), "payment.authorized", "payment.captured");
        receiver.answer(request -> Answer.of(503));
        String payment = "pay_" + UUID.randomUUID();
        publish(PaymentEventType.PAYMENT_APPROVED, payment, 1);
        publish(PaymentEventType.PAYMENT_DEPOSITED, payment, 2);
        publish(PaymentEventType.PAYMENT_APPROVED, payment + "b", 1);
        awaitAttempts(endpoint, 3, 1);

        // 5 s, 5 min and 30 min later (each ±20 %), still down: about 42 minutes of failures.
        int made = 1;
        for (Duration wait : List.of(Duration.ofSeconds(6), Duration.ofMinutes(6), Duration.ofMinutes(36))) {
            CLOCK.move(wait);
            awaitAttempts(endpoint, 3, ++made);
        }
        CLOCK.move(Duration.ofMinutes(20));
        receiver.answer(request -> Answer.of(204));
        CLOCK.move(Duration.ofMinutes(144));

        awaitDeliveries(endpoint, "SUCCEEDED", 3);
        String secret = endpoint.path("secret").asString();
        List<Received> delivered =
                receiver.received().subList(12, receiver.received().size());
        assertThat(delivered).hasSize(3);
        assertThat(delivered)
                .allSatisfy(request -> assertThat(StandardWebhooksCheck.verifies(secret, request))
                        .isTrue());
        assertThat(delivered.stream()
                        .map(request -> request.header("webhook-id"))
                        .collect(Collectors.toSet()))
                .hasSize(3);
        // Retries keep their webhook-id: the endpoint saw four attempts of each of the three events.
        assertThat(receiver.received().stream()
                        .collect(Collectors.groupingBy(request -> request.header("webhook-id"), Collectors.counting()))
                        .values())
                .containsOnly(5L);
        Map<String, Long> sequenceByType = delivered.stream()
                .map(request -> JSON.readTree(request.body()))
                .filter(body -> body.path("data").path("paymentId").asString().equals(payment))
                .collect(Collectors.toMap(
                        body -> body.path("type").asString(),
                        body -> body.path("data").path("sequence").asLong()));
        assertThat(sequenceByType).containsEntry("payment.authorized", 1L).containsEntry("payment.captured", 2L);
    }

    @Test
    void aSecretRotatedDuringRetriesLeavesEveryAttemptVerifiable() {
        JsonNode endpoint = createEndpoint(receiver.url("/hooks"), "payment.declined");
        String before = endpoint.path("secret").asString();
        receiver.answer(request -> Answer.of(500));
        publish(PaymentEventType.PAYMENT_DECLINED, "pay_" + UUID.randomUUID(), 1);
        awaitAttempts(endpoint, 1, 1);

        String after = JSON.readTree(call(
                                "POST",
                                "/v1/webhook-endpoints/" + endpoint.path("id").asString() + "/rotate-secret",
                                null)
                        .body())
                .path("secret")
                .asString();
        CLOCK.move(Duration.ofSeconds(6));
        awaitAttempts(endpoint, 1, 2);
        receiver.answer(request -> Answer.of(200));
        CLOCK.move(Duration.ofHours(25));
        awaitDeliveries(endpoint, "SUCCEEDED", 1);

        List<Received> attempts = receiver.received();
        assertThat(attempts).hasSize(3);
        assertThat(StandardWebhooksCheck.verifies(before, attempts.get(0))).isTrue();
        assertThat(StandardWebhooksCheck.verifies(after, attempts.get(0))).isFalse();
        // During the 24 hours after the rotation, both sign: a consumer on either secret takes the retry.
        assertThat(attempts.get(1).header("webhook-signature").split(" ")).hasSize(2);
        assertThat(StandardWebhooksCheck.verifies(before, attempts.get(1))).isTrue();
        assertThat(StandardWebhooksCheck.verifies(after, attempts.get(1))).isTrue();
        assertThat(StandardWebhooksCheck.verifies(after, attempts.get(2))).isTrue();
        assertThat(StandardWebhooksCheck.verifies(before, attempts.get(2))).isFalse();
    }

    @Test
    void a410DisablesTheEndpointAtOnceAndA429sRetryAfterIsHonoured() {
        JsonNode gone = createEndpoint(receiver.url("/gone"), "payment.authorized");
        JsonNode busy = createEndpoint(other.url("/busy"), "payment.authorized");
        receiver.answer(request -> Answer.of(410));
        other.answer(request -> new Answer(429, Map.of("Retry-After", "7200"), ""));
        publish(PaymentEventType.PAYMENT_APPROVED, "pay_" + UUID.randomUUID(), 1);

        awaitAttempts(gone, 1, 1);
        awaitAttempts(busy, 1, 1);
        JsonNode disabled = JSON.readTree(
                call("GET", "/v1/webhook-endpoints/" + gone.path("id").asString(), null)
                        .body());
        assertThat(disabled.path("status").asString()).isEqualTo("DISABLED");
        assertThat(disabled.path("disabledReason").asString()).contains("410");
        JsonNode waiting = deliveries(busy).path(0);
        Instant attempted = Instant.parse(
                waiting.path("attempts").path(0).path("attemptedAt").asString());
        assertThat(Instant.parse(waiting.path("nextAttemptAt").asString()))
                .isAfterOrEqualTo(attempted.plus(Duration.ofHours(2)));

        // A disabled endpoint is sent nothing new, and an enabled one again once its merchant says so.
        publish(PaymentEventType.PAYMENT_APPROVED, "pay_" + UUID.randomUUID(), 1);
        awaitAttempts(busy, 2, 1);
        assertThat(deliveries(gone).size()).isEqualTo(1);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void aDeliveryFailingForThreeDaysEndsFailedIsRecoveredAndFiveDaysOfFailuresDisableTheEndpoint() {
        JsonNode endpoint = createEndpoint(receiver.url("/hooks"), "payment.refunded");
        Instant since = CLOCK.instant();
        receiver.answer(request -> new Answer(500, Map.of(), "{\"error\": \"boom\"}"));
        publish(PaymentEventType.PAYMENT_REFUNDED, "pay_" + UUID.randomUUID(), 3);
        awaitAttempts(endpoint, 1, 1);
        for (int attempt = 1; attempt <= 8; attempt++) {
            CLOCK.move(RetrySchedule.WAITS.get(attempt - 1).multipliedBy(5).dividedBy(4));
            awaitAttempts(endpoint, 1, attempt + 1);
        }
        JsonNode failed = awaitDeliveries(endpoint, "FAILED", 1).path(0);
        assertThat(failed.path("attempts").size()).isEqualTo(9);
        assertThat(failed.path("attempts").path(8).path("response").asString()).isEqualTo("{\"error\": \"boom\"}");
        assertThat(failed.has("nextAttemptAt")).isFalse();

        receiver.answer(request -> Answer.of(200));
        assertThat(recover(endpoint, since).path("recovered").asInt()).isEqualTo(1);
        awaitDeliveries(endpoint, "SUCCEEDED", 1);
        assertThat(receiver.received()).hasSize(10);

        // A resend goes out again under the same webhook-id.
        String deliveryId = deliveries(endpoint).path(0).path("id").asString();
        assertThat(call("POST", "/v1/webhook-deliveries/" + deliveryId + "/resend", null)
                        .statusCode())
                .isEqualTo(202);
        await().until(() -> receiver.received().size() == 11);
        assertThat(receiver.received().get(10).header("webhook-id"))
                .isEqualTo(receiver.received().get(0).header("webhook-id"));

        // Failures from now on for five days disable the endpoint.
        receiver.answer(request -> Answer.of(500));
        publish(PaymentEventType.PAYMENT_REFUNDED, "pay_" + UUID.randomUUID(), 4);
        await().until(() -> receiver.received().size() == 12);
        CLOCK.move(Duration.ofDays(5).plusMinutes(1));
        publish(PaymentEventType.PAYMENT_REFUNDED, "pay_" + UUID.randomUUID(), 5);
        await().until(() -> JSON.readTree(call(
                                "GET",
                                "/v1/webhook-endpoints/" + endpoint.path("id").asString(),
                                null)
                        .body())
                .path("status")
                .asString()
                .equals("DISABLED"));
        assertThat(JSON.readTree(call(
                                        "GET",
                                        "/v1/webhook-endpoints/"
                                                + endpoint.path("id").asString(),
                                        null)
                                .body())
                        .path("disabledReason")
                        .asString())
                .startsWith("every attempt failed since");
    }

    @Test
    void aStalledEndpointHoldsUpOnlyItself() {
        JsonNode stalled = createEndpoint(receiver.url("/slow"), "payment.authorized");
        JsonNode fast = createEndpoint(other.url("/fast"), "payment.authorized");
        receiver.hold();
        for (int i = 0; i < 10; i++) {
            publish(PaymentEventType.PAYMENT_APPROVED, "pay_" + UUID.randomUUID(), 1);
        }

        awaitDeliveries(fast, "SUCCEEDED", 10);
        // At most four at once to one endpoint (per-endpoint, default 4), the rest wait their turn.
        assertThat(receiver.received().size()).isBetween(1, 4);
        receiver.release();
        // Attempts held past the timeout (3 s here) failed: their retries are due 5 s on.
        CLOCK.move(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries(stalled)
                                .valueStream()
                                .filter(delivery ->
                                        delivery.path("status").asString().equals("SUCCEEDED"))
                                .count()
                        == 10);
    }

    @Test
    void aDeliveryASenderDiedWithGoesOutAfterItsLease() {
        JsonNode endpoint = createEndpoint(receiver.url("/hooks"), "payment.failed");
        String event = "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        // As an instance that crashed mid-attempt leaves it: due, held by its lease, no attempt written.
        jdbc.sql("""
                        INSERT INTO webhook_event (id, source_event_id, merchant_id, type, created_at, body)
                        VALUES (:event, :event, :merchant, 'payment.failed', now(), '{"id": "' || :event || '"}')""").param("event", event).param("merchant", merchant).update();
        jdbc.sql("""
                        INSERT INTO webhook_delivery
                            (id, event_id, endpoint_id, merchant_id, status, next_attempt_at, claimed_until, created_at)
                        VALUES ('wd_' || md5(:event), :event, :endpoint, :merchant, 'PENDING', :now, :leased, :now)""")
                .param("event", event)
                .param("endpoint", endpoint.path("id").asString())
                .param("merchant", merchant)
                .param("now", CLOCK.instant().atOffset(ZoneOffset.UTC))
                .param("leased", CLOCK.instant().plusSeconds(33).atOffset(ZoneOffset.UTC))
                .update();

        CLOCK.move(Duration.ofMinutes(1));

        awaitDeliveries(endpoint, "SUCCEEDED", 1);
        assertThat(receiver.received()).singleElement().satisfies(request -> {
            assertThat(request.header("webhook-id")).isEqualTo(event);
            assertThat(StandardWebhooksCheck.verifies(endpoint.path("secret").asString(), request))
                    .isTrue();
        });
    }

    private JsonNode deliveries(JsonNode endpoint) {
        return JSON.readTree(call(
                                "GET",
                                "/v1/webhook-endpoints/" + endpoint.path("id").asString() + "/deliveries?limit=100",
                                null)
                        .body())
                .path("data");
    }

    private List<Integer> attemptsOf(JsonNode endpoint) {
        return deliveries(endpoint)
                .valueStream()
                .map(delivery -> delivery.path("attemptCount").asInt())
                .toList();
    }

    /** Until the endpoint has {@code count} deliveries, each with {@code attempts} attempts made. */
    private void awaitAttempts(JsonNode endpoint, int count, int attempts) {
        await().until(() -> {
            List<Integer> made = attemptsOf(endpoint);
            return made.size() == count && made.stream().allMatch(n -> n == attempts);
        });
    }

    private JsonNode awaitDeliveries(JsonNode endpoint, String status, int count) {
        await().until(() -> deliveries(endpoint)
                        .valueStream()
                        .filter(delivery -> delivery.path("status").asString().equals(status))
                        .count()
                == count);
        return deliveries(endpoint);
    }

    private JsonNode recover(JsonNode endpoint, Instant since) {
        HttpResponse<String> answer = call(
                "POST",
                "/v1/webhook-endpoints/" + endpoint.path("id").asString() + "/recover",
                "{\"since\": \"" + since + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return JSON.readTree(answer.body());
    }
}
