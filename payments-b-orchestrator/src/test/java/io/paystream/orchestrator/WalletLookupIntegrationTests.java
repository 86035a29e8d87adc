package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.testsupport.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Approval of a stored method: the orchestrator reads it from the real wallet with its own service token. */
class WalletLookupIntegrationTests extends OrchestratorTestBase {

    @DynamicPropertySource
    static void realWallet(DynamicPropertyRegistry registry) {
        registry.add("paystream.wallet.base-url", () -> WalletProcess.get().baseUrl);
        registry.add(
                "paystream.wallet.token-endpoint", () -> TestServers.oauth().tokenEndpoint());
        registry.add("paystream.wallet.client-secret", () -> "test-secret");
    }

    @Test
    void approvalOfAStoredCardQueuesItsGatewayTokenAndTheFieldsOfTheJob() throws Exception {
        String walletToken = TestServers.oauth().token(customer, "wallet:write", "wallet:read");
        HttpResponse<String> added = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(WalletProcess.get().baseUrl + "/v1/wallet/payment-methods"))
                                .header("Authorization", "Bearer " + walletToken)
                                .header("Idempotency-Key", "card-" + UUID.randomUUID())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(201);
        String methodId = json(added).path("id").asString();
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
    void anotherCustomersMethodIsNotFound() throws Exception {
        TestServers.oauth().issueNextClientCredentials("payments-orchestrator", "wallet:internal");

        HttpResponse<String> refused = post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"ord_1","amount":100,"currency":"USD","paymentMethodId":"pm_not_mine"}""");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(json(refused).path("type").asString()).endsWith("/payment-method-not-found");
    }
}
