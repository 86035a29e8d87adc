package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.orchestrator.payment.PaymentOutcomes;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The payments API with its idempotency keys, amount invariants, SQS hand-off and outcome events. */
class PaymentApiIntegrationTests extends OrchestratorTestBase {

    private static final Set<String> JOB_FIELDS = Set.of(
            "operationId",
            "operation",
            "paymentId",
            "orderId",
            "merchantId",
            "customerId",
            "sequence",
            "amount",
            "currency",
            "paymentMethod",
            "paymentMethodNonce",
            "gatewayTransactionId",
            "requestedAt");

    @Autowired
    PaymentOutcomes outcomes;

    @Test
    void approvalIsAcceptedAndQueuedWithExactlyTheFieldsOfTheJobMessage() {
        HttpResponse<String> accepted = approveWithNonce(1050);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode payment = json(accepted);
        assertThat(payment.path("status").asString()).isEqualTo("AUTHORIZATION_PENDING");
        assertThat(payment.path("operations").path(0).path("status").asString()).isEqualTo("PENDING");
        JsonNode job = jobsFor(payment.path("paymentId").asString(), 1).getFirst();
        assertThat(job.propertyNames()).containsExactlyInAnyOrderElementsOf(JOB_FIELDS);
        assertThat(job.path("operation").asString()).isEqualTo("APPROVE");
        assertThat(job.path("operationId").asString())
                .isEqualTo(
                        payment.path("operations").path(0).path("operationId").asString());
        assertThat(job.path("customerId").asString()).isEqualTo(customer);
        assertThat(job.path("merchantId").asString())
                .as("a token without merchant_id")
                .isEqualTo("mer_demo");
        assertThat(job.path("orderId").asString())
                .isEqualTo(payment.path("orderId").asString());
        assertThat(job.path("sequence").asInt()).isEqualTo(1);
        assertThat(job.path("amount").asLong()).isEqualTo(1050);
        assertThat(job.path("currency").asString()).isEqualTo("USD");
        assertThat(job.path("paymentMethodNonce").asString()).isEqualTo("fake-valid-nonce");
    }

    @Test
    void outcomeEventOnKafkaShowsOnThePaymentAndItsOperation() {
        JsonNode payment = json(approveWithNonce(2000));

        publish(payment, PaymentEventType.PAYMENT_APPROVED, "txn_approved");

        JsonNode authorized = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> json(
                                get("/v1/payments/" + payment.path("paymentId").asString())),
                        view -> view.path("status").asString().equals("AUTHORIZED"));
        assertThat(authorized.path("authorizedAmount").asLong()).isEqualTo(2000);
        assertThat(authorized.path("paymentMethod").path("type").asString()).isEqualTo("CARD");
        assertThat(authorized.path("operations").path(0).path("status").asString())
                .isEqualTo("SUCCEEDED");
        assertThat(authorized
                        .path("operations")
                        .path(0)
                        .path("gatewayTransactionId")
                        .asString())
                .isEqualTo("txn_approved");
    }

    @Test
    void aJobLostInTransportIsSentAgainUntilItsOperationHasAnOutcome() {
        JsonNode payment = json(approveWithNonce(1234));
        String paymentId = payment.path("paymentId").asString();
        // Read off the queue by this test and never answered: to the orchestrator, a job lost on its way.
        JsonNode lost = jobsFor(paymentId, 1).getFirst();
        String operationId = lost.path("operationId").asString();
        sentLongAgo(operationId);

        JsonNode again = jobsFor(paymentId, 2).get(1);

        assertThat(again).isEqualTo(lost);
        assertThat(jdbc.sql("SELECT resends FROM job_outbox WHERE operation_id = :id")
                        .param("id", operationId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        publish(lost, PaymentEventType.PAYMENT_APPROVED, "txn_" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT count(*) FROM job_outbox WHERE operation_id = :id")
                                .param("id", operationId)
                                .query(Long.class)
                                .single()
                        == 0);
    }

    @Test
    void anOrdersPaymentsAreListedInTheOrderTheyWereMadeEachWithItsOperationsInSequence() {
        String captured = capturedPayment(700);
        String orderId = json(get("/v1/payments/" + captured)).path("orderId").asString();
        String second = json(post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"%s","amount":300,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(orderId)))
                .path("paymentId")
                .asString();
        String third = json(post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"%s","amount":200,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(orderId)))
                .path("paymentId")
                .asString();

        JsonNode listed = json(get("/v1/payments?orderId=" + orderId));

        assertThat(listed.valueStream().map(payment -> payment.path("paymentId").asString()))
                .containsExactly(captured, second, third);
        assertThat(listed.path(0).path("status").asString()).isEqualTo("CAPTURED");
        assertThat(listed.path(0)
                        .path("operations")
                        .valueStream()
                        .map(operation -> operation.path("type").asString()))
                .containsExactly("APPROVE", "DEPOSIT");
        assertThat(listed.path(1)
                        .path("operations")
                        .valueStream()
                        .map(operation -> operation.path("amount").asLong()))
                .containsExactly(300L);
        assertThat(listed.path(2).path("operations").size()).isEqualTo(1);
        assertThat(listed.path(2).path("status").asString()).isEqualTo("AUTHORIZATION_PENDING");
    }

    @Test
    void preferWaitAnswersWithTheFinalPaymentInTheSameCall() {
        String orderId = "ord_" + UUID.randomUUID();
        CompletableFuture<Void> platform = CompletableFuture.runAsync(() -> {
            JsonNode job = await().atMost(Duration.ofSeconds(30))
                    .until(() -> jobForOrder(orderId), java.util.Objects::nonNull);
            publish(job, PaymentEventType.PAYMENT_APPROVED, "txn_waited");
        });

        HttpResponse<String> answer =
                post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"%s","amount":3000,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(orderId), "Prefer", "wait=10");

        platform.join();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("status").asString()).isEqualTo("AUTHORIZED");
        assertThat(answer.headers().firstValue("Preference-Applied")).hasValue("wait=10");
    }

    @Test
    void preferWaitThatRunsOutAnswers202() {
        HttpResponse<String> answer =
                post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"ord_%s","amount":3100,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(UUID.randomUUID()), "Prefer", "wait=1");

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(json(answer).path("status").asString()).isEqualTo("AUTHORIZATION_PENDING");
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstAnswerAndAnotherBodyIsRefused() {
        String body = """
                {"orderId":"ord_%s","amount":1200,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(UUID.randomUUID());
        HttpResponse<String> first = post("/v1/payments", "key-1", body);
        HttpResponse<String> replay = post("/v1/payments", "key-1", body);
        HttpResponse<String> other = post("/v1/payments", "key-1", body.replace("1200", "1300"));

        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json(other).path("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(paymentsOfCustomer()).isEqualTo(1);
    }

    @Test
    void keyStillInFlightIsAConflict() {
        String body = """
                {"orderId":"ord_1","amount":1200,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""";
        post("/v1/payments", "busy", body);
        // As if the first request were still between its claim and its commit.
        jdbc.sql(
                        "UPDATE idempotency_key SET status = 'IN_FLIGHT' WHERE customer_id = :customer AND idempotency_key = 'busy'")
                .param("customer", customer)
                .update();

        HttpResponse<String> answer = post("/v1/payments", "busy", body);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(json(answer).path("type").asString()).endsWith("/idempotency-key-in-flight");
        assertThat(paymentsOfCustomer()).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentRequestsWithOneKeyMakeOnePaymentAndOneJob() throws Exception {
        String body = """
                {"orderId":"ord_%s","amount":4100,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(UUID.randomUUID());
        List<HttpResponse<String>> answers;
        try (var pool = Executors.newFixedThreadPool(16)) {
            var calls = IntStream.range(0, 50)
                    .mapToObj(i -> pool.submit(() -> post("/v1/payments", "same", body)))
                    .toList();
            answers = calls.stream()
                    .map(call -> {
                        try {
                            return call.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }

        assertThat(answers)
                .extracting(HttpResponse::statusCode)
                .isSubsetOf(202, 409)
                .contains(202);
        assertThat(paymentsOfCustomer()).isEqualTo(1);
        String paymentId = jdbc.sql("SELECT payment_id FROM payment WHERE customer_id = :c")
                .param("c", customer)
                .query(String.class)
                .single();
        assertThat(jobsFor(paymentId, 1)).hasSize(1);
    }

    @Test
    void twoConcurrentRefundsOfSixtyOnACaptureOfAHundredNeverBothPass() throws Exception {
        for (int round = 0; round < 100; round++) {
            String paymentId = capturedPayment(100);
            List<Integer> statuses;
            try (var pool = Executors.newFixedThreadPool(2)) {
                var first = pool.submit(
                        () -> post("/v1/payments/" + paymentId + "/refunds", "r1-" + paymentId, "{\"amount\":60}"));
                var second = pool.submit(
                        () -> post("/v1/payments/" + paymentId + "/refunds", "r2-" + paymentId, "{\"amount\":60}"));
                statuses = List.of(first.get().statusCode(), second.get().statusCode());
            }
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(202, 422);
            assertThat(jdbc.sql(
                                    "SELECT coalesce(sum(amount), 0) FROM payment_operation WHERE payment_id = :p AND type = 'REFUND'")
                            .param("p", paymentId)
                            .query(Long.class)
                            .single())
                    .isEqualTo(60);
        }
    }

    @Test
    void walletDownIs503AndTheKeyMayBeRetried() {
        String body = """
                {"orderId":"ord_1","amount":1200,"currency":"USD","paymentMethodId":"pm_1"}""";

        HttpResponse<String> first = post("/v1/payments", "wallet-down", body);
        HttpResponse<String> retry = post("/v1/payments", "wallet-down", body);

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).isPresent();
        assertThat(first.body()).doesNotContain("localhost");
        assertThat(retry.statusCode()).isEqualTo(503);
        assertThat(paymentsOfCustomer()).isZero();
    }

    @Test
    void everyBadFieldIsListedAndNothingIsStored() {
        HttpResponse<String> refused = post(
                "/v1/payments",
                "bad",
                "{\"orderId\":\"\",\"amount\":-5,\"currency\":\"usd\",\"paymentMethodId\":\"pm_1\",\"paymentMethodNonce\":\"n\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused)
                        .path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString())
                        .toList())
                .contains("orderId", "amount", "currency", "exactlyOneMethod");
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void operatorsSeeOperationsAndTheOutboxBacklog() {
        approveWithNonce(700);

        HttpResponse<String> scrape = get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("paystream_outbox_backlog")
                .containsPattern("paystream_payment_operations_total\\{.*type=\"APPROVE\".*} [1-9]");
    }

    @Test
    void openApiDescribesThePaymentEndpoints() {
        HttpResponse<String> description = get("/v3/api-docs");

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(json(description).path("paths").propertyNames())
                .contains("/v1/payments", "/v1/payments/{paymentId}", "/v1/payments/{paymentId}/refunds");
    }

    @Test
    void unknownCurrencyIsABadRequest() {
        HttpResponse<String> refused = post(
                "/v1/payments",
                "xyz",
                "{\"orderId\":\"ord_1\",\"amount\":100,\"currency\":\"XYZ\",\"paymentMethodNonce\":\"n\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(paymentsOfCustomer()).isZero();
    }

    @Test
    void anotherCustomersPaymentIsNotFound() {
        String paymentId = json(approveWithNonce(500)).path("paymentId").asString();
        token = TestServers.oauth().token("someone-else", "payments:read", "payments:write");

        assertThat(get("/v1/payments/" + paymentId).statusCode()).isEqualTo(404);
        assertThat(post("/v1/payments/" + paymentId + "/reversals", "k", "{}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theSameSubjectAtAnotherMerchantIsAnotherCustomer() {
        String orderId = "ord_" + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        String body = """
                {"orderId":"%s","amount":800,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(orderId);
        String demoPayment =
                json(post("/v1/payments", key, body)).path("paymentId").asString();

        token = TestServers.oauth()
                .token(TokenSpec.of(customer, "payments:read", "payments:write").withClaim("merchant_id", "mer_acme"));

        assertThat(get("/v1/payments/" + demoPayment).statusCode()).isEqualTo(404);
        assertThat(json(get("/v1/payments?orderId=" + orderId))).isEmpty();
        assertThat(post("/v1/payments/" + demoPayment + "/reversals", "r-" + key, "{}")
                        .statusCode())
                .isEqualTo(404);
        // The same Idempotency-Key is another customer's: a payment of its own, not mer_demo's answer replayed.
        HttpResponse<String> acme = post("/v1/payments", key, body);
        assertThat(acme.statusCode()).isEqualTo(202);
        String acmePayment = json(acme).path("paymentId").asString();
        assertThat(acmePayment).isNotEqualTo(demoPayment);
        JsonNode job = jobsFor(acmePayment, 1).getFirst();
        assertThat(job.path("merchantId").asString()).isEqualTo("mer_acme");
        assertThat(job.path("customerId").asString()).isEqualTo(customer);
        assertThat(json(get("/v1/payments?orderId=" + orderId))
                        .valueStream()
                        .map(p -> p.path("paymentId").asString()))
                .containsExactly(acmePayment);
        // And a claim that names no merchant is refused before anything is stored.
        token = TestServers.oauth()
                .token(TokenSpec.of(customer, "payments:read", "payments:write").withClaim("merchant_id", "acme"));
        HttpResponse<String> unknown = post("/v1/payments", "u-" + key, body);
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(json(unknown).path("type").asString()).endsWith("/merchant-unknown");
        assertThat(jdbc.sql("SELECT merchant_id FROM payment WHERE order_id = :o ORDER BY created_at")
                        .param("o", orderId)
                        .query(String.class)
                        .list())
                .containsExactly("mer_demo", "mer_acme");
    }

    @Test
    void readScopeCannotApproveAndForeignTokensAreRejected() {
        token = TestServers.oauth().token(customer, "payments:read");
        assertThat(approveWithNonce(500).statusCode()).isEqualTo(403);
        token = TestServers.oauth()
                .token(TokenSpec.of(customer, "payments:write").withAudience("other"));
        assertThat(approveWithNonce(500).statusCode()).isEqualTo(401);
        assertThat(paymentsOfCustomer()).isZero();
    }

    private String capturedPayment(long amount) {
        JsonNode payment = json(approveWithNonce(amount));
        String paymentId = payment.path("paymentId").asString();
        outcomes.record(outcome(
                payment,
                "mer_demo",
                1,
                payment.path("operations").path(0).path("operationId").asString(),
                PaymentEventType.PAYMENT_APPROVED,
                amount,
                "auth"));
        JsonNode deposit = json(post("/v1/payments/" + paymentId + "/deposits", "d-" + paymentId, "{}"));
        JsonNode depositOperation = deposit.path("operations").path(1);
        outcomes.record(outcome(
                payment,
                "mer_demo",
                2,
                depositOperation.path("operationId").asString(),
                PaymentEventType.PAYMENT_DEPOSITED,
                amount,
                "auth"));
        return paymentId;
    }

    private void sentLongAgo(String operationId) {
        jdbc.sql("UPDATE job_outbox SET sent_at = now() - interval '1 hour' WHERE operation_id = :id")
                .param("id", operationId)
                .update();
    }

    private int paymentsOfCustomer() {
        return jdbc.sql("SELECT count(*) FROM payment WHERE customer_id = :c")
                .param("c", customer)
                .query(Integer.class)
                .single();
    }

    private JsonNode jobForOrder(String orderId) {
        return jdbc.sql("SELECT payment_id FROM payment WHERE order_id = :o")
                .param("o", orderId)
                .query(String.class)
                .optional()
                .map(paymentId -> jobsFor(paymentId, 1).getFirst())
                .orElse(null);
    }

    /** The platform's answer for the approval of {@code paymentOrJob}, on the real topic. */
    private void publish(JsonNode paymentOrJob, PaymentEventType type, String transactionId) {
        String paymentId = paymentOrJob.path("paymentId").asString();
        String operationId = paymentOrJob.has("operationId")
                ? paymentOrJob.path("operationId").asString()
                : paymentOrJob.path("operations").path(0).path("operationId").asString();
        long amount = paymentOrJob.has("amount")
                ? paymentOrJob.path("amount").asLong()
                : paymentOrJob.path("operations").path(0).path("amount").asLong();
        PaymentEvent event = outcome(paymentOrJob, "mer_demo", 1, operationId, type, amount, transactionId);
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of("bootstrap.servers", TestServers.kafka().bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(event.topic(), event.orderId(), JSON.writeValueAsString(event)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
