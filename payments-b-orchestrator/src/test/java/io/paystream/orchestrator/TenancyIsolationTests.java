package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentEventType;
import io.paystream.orchestrator.payment.PaymentOutcomes;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.tenancy.TenantStatements;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Tenancy (ARCHITECTURE §11) checked on what the orchestrator asks its database: every statement on {@code payment}
 * any test of this JVM made it send names the merchant. Child rows ({@code payment_operation}) are reached only
 * through their payment; Idempotency-Keys are owned by a scope that holds the merchant; the job outbox and the inbox
 * are the relay's and the consumer's, for every merchant.
 */
class TenancyIsolationTests extends OrchestratorTestBase {

    /** Statements on a merchant's rows that are for every merchant at once, and why: none. */
    private static final Map<String, String> FOR_EVERY_MERCHANT = Map.of();

    @Autowired
    PaymentOutcomes outcomes;

    @Test
    void everyStatementOnAPaymentNamesItsMerchant() {
        String orderId = "ord_" + UUID.randomUUID();
        String body = """
                {"orderId":"%s","amount":800,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(orderId);
        JsonNode demo = json(post("/v1/payments", "same-key-" + orderId, body));
        token = TestServers.oauth()
                .token(TokenSpec.of(customer, "payments:read", "payments:write").withClaim("merchant_id", "mer_acme"));
        JsonNode acme = json(post("/v1/payments", "same-key-" + orderId, body));
        outcomes.record(outcome(
                acme,
                "mer_acme",
                1,
                acme.path("operations").path(0).path("operationId").asString(),
                PaymentEventType.PAYMENT_APPROVED,
                800,
                "auth"));
        // mer_demo's outcome named as mer_acme's changes nothing.
        outcomes.record(outcome(
                demo,
                "mer_acme",
                1,
                demo.path("operations").path(0).path("operationId").asString(),
                PaymentEventType.PAYMENT_APPROVED,
                800,
                "auth"));
        post("/v1/payments/" + acme.path("paymentId").asString() + "/deposits", "d-" + orderId, "{}");
        get("/v1/payments/" + demo.path("paymentId").asString());
        get("/v1/payments?orderId=" + orderId);
        get("/v1/payments?limit=5");

        assertThat(get("/v1/payments/" + demo.path("paymentId").asString()).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT status FROM payment WHERE payment_id = :id")
                        .param("id", demo.path("paymentId").asString())
                        .query(String.class)
                        .single())
                .isEqualTo("AUTHORIZATION_PENDING");
        assertThat(TenantStatements.touching("payment"))
                .anyMatch(sql -> sql.startsWith("INSERT INTO payment "))
                .anyMatch(sql -> sql.startsWith("SELECT * FROM payment WHERE payment_id"))
                .anyMatch(sql -> sql.startsWith("UPDATE payment SET"))
                .anyMatch(sql -> sql.startsWith("WITH page AS"));
        assertThat(TenantStatements.unscoped(Set.of("payment"), FOR_EVERY_MERCHANT))
                .as("statements on payment that name no merchant")
                .isEmpty();
    }
}
