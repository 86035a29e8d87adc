package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Approval of a stored method: the orchestrator reads it from the real wallet with its own service token. */
class WalletLookupIntegrationTests extends OrchestratorTestBase {

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void realWallet(DynamicPropertyRegistry registry) {
        registry.add("paystream.wallet.base-url", () -> WalletProcess.get().baseUrl);
        registry.add(
                "paystream.wallet.token-endpoint", () -> TestServers.oauth().tokenEndpoint());
        registry.add("paystream.wallet.client-secret", () -> "test-secret");
    }

    @Test
    void approvalOfAStoredCardQueuesItsGatewayTokenAndTheFieldsOfTheJob() throws Exception {
        String methodId = addCard();
        TestServers.oauth().issueNextClientCredentials("payments-orchestrator", "wallet:internal");

        HttpResponse<String> accepted =
                post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"ord_%s","amount":2750,"currency":"USD","paymentMethodId":"%s"}""".formatted(UUID.randomUUID(), methodId));

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode payment = json(accepted);
        assertThat(payment.path("paymentMethod").path("id").asString()).isEqualTo(methodId);
        assertThat(payment.path("paymentMethod").path("last4").asString()).isEqualTo("1111");
        assertThat(accepted.body()).doesNotContain("gatewayToken");
        JsonNode job = jobsFor(payment.path("paymentId").asString(), 1).getFirst();
        assertThat(job.path("paymentMethod").path("type").asString()).isEqualTo("CARD");
        assertThat(job.path("paymentMethod").path("gatewayToken").asString()).isNotBlank();
        assertThat(job.path("paymentMethodNonce").isNull()).isTrue();
        assertThat(job.path("amount").asLong()).isEqualTo(2750);
    }

    @Test
    void aMethodDeletedInTheWalletIsForgottenAndNeverChargeableAgain() throws Exception {
        String methodId = addCard();
        TestServers.oauth().issueNextClientCredentials("payments-orchestrator", "wallet:internal");
        String gatewayToken = jobOf(approve(methodId))
                .path("paymentMethod")
                .path("gatewayToken")
                .asString();
        double fromMemory = lookups("memory");
        assertThat(approve(methodId).statusCode()).isEqualTo(202);
        assertThat(lookups("memory"))
                .as("the second approval is answered from memory")
                .isEqualTo(fromMemory + 1);

        assertThat(wallet("DELETE", "/v1/wallet/payment-methods/" + methodId, null)
                        .statusCode())
                .isEqualTo(204);

        // Before the wallet answered, the gateway forgot the token: an approval the orchestrator still takes from
        // memory in the removal's way through Kafka cannot be charged.
        assertThat(WalletProcess.get().braintree.requests())
                .anyMatch(request -> request.method().equals("DELETE")
                        && request.path().endsWith("/payment_methods/any/" + gatewayToken)
                        && request.status() == 200);
        HttpResponse<String> refused = await().atMost(Duration.ofSeconds(10))
                .until(() -> approve(methodId), answer -> answer.statusCode() == 404);
        assertThat(json(refused).path("type").asString()).endsWith("/payment-method-not-found");
        for (int again = 0; again < 5; again++) {
            assertThat(approve(methodId).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void anotherCustomersMethodIsNotFound() throws Exception {
        TestServers.oauth().issueNextClientCredentials("payments-orchestrator", "wallet:internal");

        HttpResponse<String> refused = post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"ord_1","amount":100,"currency":"USD","paymentMethodId":"pm_not_mine"}""");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(json(refused).path("type").asString()).endsWith("/payment-method-not-found");
    }

    @Test
    void theSameSubAtAnotherMerchantCannotPayWithThisCustomersMethod() throws Exception {
        String methodId = addCard();
        token = TestServers.oauth()
                .token(TokenSpec.of(customer, "payments:read", "payments:write").withClaim("merchant_id", "mer_acme"));

        HttpResponse<String> refused = post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"ord_1","amount":100,"currency":"USD","paymentMethodId":"%s"}""".formatted(methodId));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(json(refused).path("type").asString()).endsWith("/payment-method-not-found");
    }

    /** A card added to this test's customer's wallet, through the wallet's public API. */
    private String addCard() throws Exception {
        HttpResponse<String> added =
                wallet("POST", "/v1/wallet/payment-methods", "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        return json(added).path("id").asString();
    }

    private HttpResponse<String> wallet(String method, String path, String body) throws Exception {
        String walletToken = TestServers.oauth().token(customer, "wallet:write", "wallet:read");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(WalletProcess.get().baseUrl + path))
                                .header("Authorization", "Bearer " + walletToken)
                                .header("Idempotency-Key", "wallet-" + UUID.randomUUID())
                                .header("Content-Type", "application/json")
                                .method(
                                        method,
                                        body == null
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> approve(String methodId) {
        return post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"ord_%s","amount":2750,"currency":"USD","paymentMethodId":"%s"}""".formatted(UUID.randomUUID(), methodId));
    }

    private JsonNode jobOf(HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).isEqualTo(202);
        return jobsFor(json(accepted).path("paymentId").asString(), 1).getFirst();
    }

    private double lookups(String answeredBy) {
        return meters.counter("paystream.wallet.lookups", "answered", answeredBy)
                .count();
    }
}
