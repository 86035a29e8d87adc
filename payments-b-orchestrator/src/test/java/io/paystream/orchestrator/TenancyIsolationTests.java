package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * and {@code payment_operation}, and on the audit chain ({@code audit_record}, {@code audit_head}), any test of this
 * JVM made it send names the merchant. Idempotency-Keys are owned by a scope that holds the merchant; the job outbox,
 * the audit drafts and the inbox are their relay's, chainer's and consumer's, for every merchant.
 */
class TenancyIsolationTests extends OrchestratorTestBase {

    /** Statements on a merchant's rows that are for every merchant at once, and why. */
    private static final Map<String, String> FOR_EVERY_MERCHANT = Map.of(
            "DELETE FROM job_outbox j USING payment_operation o",
            "the job resender: forgets or sends again every merchant's jobs by their operation's status",
            "SELECT DISTINCT merchant_id FROM audit_record WHERE recorded_at",
            "the audit retention: finds the merchants with records past the retention, then purges each on its own");

    @Autowired
    PaymentOutcomes outcomes;

    @Test
    void everyStatementOnAPaymentOrItsOperationsNamesItsMerchant() {
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
        assertThat(TenantStatements.touching("payment_operation"))
                .anyMatch(sql -> sql.startsWith("INSERT INTO payment_operation"))
                .anyMatch(sql -> sql.startsWith("SELECT * FROM payment_operation WHERE"));
        assertThat(jdbc.sql("SELECT DISTINCT merchant_id FROM payment_operation WHERE payment_id = :id")
                        .param("id", acme.path("paymentId").asString())
                        .query(String.class)
                        .list())
                .containsExactly("mer_acme");
        assertThat(TenantStatements.unscoped(
                        Set.of("payment", "payment_operation", "audit_record", "audit_head"), FOR_EVERY_MERCHANT))
                .as("statements on payment, payment_operation or the audit chain that name no merchant")
                .isEmpty();
    }

    @Test
    void anOperationWrittenWithoutItsMerchantTakesItsPaymentsAndCannotNameAnother() {
        token = TestServers.oauth()
                .token(TokenSpec.of(customer, "payments:read", "payments:write").withClaim("merchant_id", "mer_acme"));
        String orderId = "ord_" + UUID.randomUUID();
        String paymentId = json(post("/v1/payments", "k-" + orderId, """
                        {"orderId":"%s","amount":800,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(orderId)))
                .path("paymentId")
                .asString();

        // What an instance not yet upgraded writes during a rolling deployment.
        jdbc.sql("""
                        INSERT INTO payment_operation (operation_id, payment_id, sequence, type, amount, status, created_at)
                        VALUES (:op, :payment, 2, 'DEPOSIT', 800, 'PENDING', now())""")
                .param("op", "op_" + UUID.randomUUID())
                .param("payment", paymentId)
                .update();

        assertThat(jdbc.sql("SELECT merchant_id FROM payment_operation WHERE payment_id = :id AND sequence = 2")
                        .param("id", paymentId)
                        .query(String.class)
                        .single())
                .isEqualTo("mer_acme");
        assertThatThrownBy(() -> jdbc.sql("""
                                INSERT INTO payment_operation (operation_id, merchant_id, payment_id, sequence, type,
                                    amount, status, created_at)
                                VALUES (:op, 'mer_demo', :payment, 3, 'DEPOSIT', 800, 'PENDING', now())""")
                        .param("op", "op_" + UUID.randomUUID())
                        .param("payment", paymentId)
                        .update())
                .hasMessageContaining("payment_operation_payment");
    }
}
