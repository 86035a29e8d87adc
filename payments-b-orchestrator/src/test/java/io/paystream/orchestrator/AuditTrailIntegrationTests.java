package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.GatewayAttemptRecorded;
import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentEventType;
import io.paystream.orchestrator.audit.AuditRetention;
import io.paystream.orchestrator.payment.PaymentOutcomes;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail of ARCHITECTURE §12 as the orchestrator keeps it: a record per money-moving request, with its
 * actor, chained per merchant; read by the payment's shopper or a key with {@code audit:read}; verified by an
 * operator, who is told the first record changed, removed or inserted. Each test is a merchant of its own, so
 * tampering with one chain leaves the others alone.
 */
class AuditTrailIntegrationTests extends MerchantTestBase {

    private static final String OPERATOR_TOKEN = TestServers.oauth()
            .token(TokenSpec.of("ops", "openid")
                    .withClaim("realm_access", Map.of("roles", List.of("paystream-admin"))));

    @Autowired
    PaymentOutcomes outcomes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditRetention retention;

    @BeforeEach
    void aShopper() {
        shopAs("alice");
    }

    @Test
    void aCheckoutsAuditListsEachRequestInOrderWithItsActorAndNoPaymentSecret() {
        JsonNode payment = approve(900);
        String paymentId = payment.path("paymentId").asString();
        authorize(payment);
        awaitAudit(paymentId, 1);
        String sale = saleAttempt(payment);
        // The platform's outbox sends at least once: the copy is recorded once.
        TestServers.kafka().publish(AuditTopics.GATEWAY_ATTEMPTS, paymentId, sale);
        TestServers.kafka().publish(AuditTopics.GATEWAY_ATTEMPTS, paymentId, sale);
        awaitAudit(paymentId, 2);
        asKey("payments:write", "payments:read", "audit:read");
        assertThat(post("/v1/payments/" + paymentId + "/deposits", "capture-1", "{}")
                        .statusCode())
                .isEqualTo(202);

        List<JsonNode> records = awaitAudit(paymentId, 3);

        assertThat(records).extracting(r -> r.path("sequence").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(records)
                .extracting(r -> r.path("actor").path("type").asString() + ":"
                        + r.path("actor").path("id").asString())
                .containsExactly("CUSTOMER:alice", "SYSTEM:platform", "API_KEY:" + keyId);
        assertThat(records)
                .extracting(r -> r.path("event").asString())
                .containsExactly("money-request", "gateway-attempt", "money-request");
        assertThat(records.get(0).path("request").path("operation").asString()).isEqualTo("APPROVE");
        assertThat(records.get(0).path("request").path("amount").asLong()).isEqualTo(900);
        assertThat(records.get(1).path("gateway").path("operation").asString()).isEqualTo("sale");
        assertThat(records.get(1).path("gateway").path("processorResponseCode").asString())
                .isEqualTo("1000");
        assertThat(records.get(1).path("gateway").path("latencyMs").asLong()).isEqualTo(187);
        assertThat(records.get(1).path("outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(records.get(2).path("request").path("operation").asString()).isEqualTo("DEPOSIT");
        assertThat(records.get(2).path("request").path("idempotencyKey").asString())
                .isEqualTo("capture-1");
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).path("previousHash").asString())
                    .isEqualTo(records.get(i - 1).path("hash").asString());
        }
        assertThat(jdbc.sql("SELECT a::text FROM audit_record a WHERE merchant_id = :m")
                        .param("m", merchant)
                        .query(String.class)
                        .list())
                .noneMatch(row -> row.contains("fake-valid-nonce"))
                .noneMatch(row -> row.contains("4111"));
    }

    @Test
    void theAuditIsTheShoppersOwnOrForAKeyWithAuditRead() {
        String paymentId = approve(500).path("paymentId").asString();
        awaitAudit(paymentId, 1);

        shopAs("mallory");
        assertThat(get("/v1/payments/" + paymentId + "/audit").statusCode()).isEqualTo(404);
        asKey("payments:read");
        assertThat(get("/v1/payments/" + paymentId + "/audit").statusCode()).isEqualTo(403);
        asKey("audit:read");
        assertThat(get("/v1/payments/" + paymentId + "/audit").statusCode()).isEqualTo(200);
        token = OPERATOR_TOKEN;
        callerHeaders = new String[0];
        assertThat(get("/v1/admin/merchants/" + merchant + "/audit/verify").statusCode())
                .isEqualTo(200);
        shopAs("alice");
        assertThat(get("/v1/admin/merchants/" + merchant + "/audit/verify").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theServiceCannotChangeOrRemoveARecord() {
        String paymentId = approve(500).path("paymentId").asString();
        awaitAudit(paymentId, 1);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET amount = 1 WHERE merchant_id = :m")
                        .param("m", merchant)
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record WHERE merchant_id = :m")
                        .param("m", merchant)
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void theVerifierNamesARecordChangedRemovedOrInserted() {
        for (long amount = 100; amount <= 500; amount += 100) {
            approve(amount);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> chained() == 5);
        assertThat(verify().path("intact").asBoolean()).isTrue();
        assertThat(verify().path("checked").asLong()).isEqualTo(5);

        tamper("UPDATE audit_record SET amount = 99999 WHERE merchant_id = :m AND sequence = 3");
        assertThat(firstBreak()).isEqualTo("CHANGED 3");
        tamper("UPDATE audit_record SET amount = 300 WHERE merchant_id = :m AND sequence = 3");
        assertThat(verify().path("intact").asBoolean()).isTrue();

        tamper("""
                INSERT INTO audit_record
                SELECT merchant_id, 6, recorded_at, actor_type, actor_id, event, payment_id, operation_id, operation,
                       amount, currency, idempotency_key, gateway_operation, transaction_id, processor_response_code,
                       processor_response_text, latency_ms, outcome, previous_hash, hash, chained_at
                  FROM audit_record WHERE merchant_id = :m AND sequence = 5""");
        assertThat(firstBreak()).isEqualTo("INSERTED 6");
        tamper("DELETE FROM audit_record WHERE merchant_id = :m AND sequence = 6");

        tamper("DELETE FROM audit_record WHERE merchant_id = :m AND sequence = 2");
        assertThat(firstBreak()).isEqualTo("REMOVED 2");
        tamper("DELETE FROM audit_record WHERE merchant_id = :m AND sequence > 2");
        assertThat(firstBreak()).isEqualTo("REMOVED 2");
        tamper("DELETE FROM audit_record WHERE merchant_id = :m");
        assertThat(firstBreak()).isEqualTo("REMOVED 1");
    }

    @Test
    void recordsPastTheRetentionArePurgedOldestFirstAndTheRestStillVerifies() {
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                            INSERT INTO audit_draft (merchant_id, recorded_at, actor_type, actor_id, event, payment_id,
                                                     operation_id, operation, amount, currency, outcome)
                            VALUES (:m, now() - interval '8 years', 'CUSTOMER', 'alice', 'money-request', 'pay_old',
                                    'op_old', 'APPROVE', 100, 'USD', 'ACCEPTED')""").param("m", merchant).update();
        }
        approve(500);
        await().atMost(Duration.ofSeconds(30)).until(() -> chained() == 4);

        retention.purge();

        assertThat(chained()).isEqualTo(1);
        JsonNode verdict = verify();
        assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.path("checked").asLong()).isEqualTo(1);
        assertThat(verdict.path("head").path("sequence").asLong()).isEqualTo(4);
        // Nothing younger than the database's floor goes, whatever the service asks.
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record WHERE merchant_id = :m")
                        .param("m", merchant)
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_start SET sequence = 4 WHERE merchant_id = :m")
                        .param("m", merchant)
                        .update())
                .rootCause()
                .hasMessageContaining("not past the retention");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_policy SET retention = interval '1 day'")
                        .update())
                .rootCause()
                .hasMessageContaining("refused");
    }

    /** What someone with the database's superuser could do: triggers off for one transaction. */
    private void tamper(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(sql).param("m", merchant).update();
        });
    }

    private String firstBreak() {
        JsonNode verdict = verify();
        assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isFalse();
        return verdict.path("firstBreak").path("kind").asString() + " "
                + verdict.path("firstBreak").path("sequence").asLong();
    }

    private JsonNode verify() {
        String[] before = callerHeaders;
        String shopper = token;
        token = OPERATOR_TOKEN;
        callerHeaders = new String[0];
        HttpResponse<String> answer = get("/v1/admin/merchants/" + merchant + "/audit/verify");
        token = shopper;
        callerHeaders = before;
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    private long chained() {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE merchant_id = :m")
                .param("m", merchant)
                .query(Long.class)
                .single();
    }

    private List<JsonNode> awaitAudit(String paymentId, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> json(get("/v1/payments/" + paymentId + "/audit"))
                                .path("data")
                                .valueStream()
                                .toList(),
                        records -> records.size() >= count);
    }

    /** The platform's word of the approval's sale, as its outbox would send it. */
    private String saleAttempt(JsonNode payment) {
        return JSON.writeValueAsString(new GatewayAttemptRecorded(
                "att_" + UUID.randomUUID(),
                merchant,
                payment.path("paymentId").asString(),
                payment.path("operations").path(0).path("operationId").asString(),
                Operation.APPROVE,
                "sale",
                "platform",
                "txn_sale",
                "1000",
                "Approved",
                187,
                "SUCCEEDED",
                Instant.now()));
    }

    private void authorize(JsonNode payment) {
        outcomes.record(outcome(
                payment,
                merchant,
                1,
                payment.path("operations").path(0).path("operationId").asString(),
                PaymentEventType.PAYMENT_APPROVED,
                payment.path("operations").path(0).path("amount").asLong(),
                "txn_" + UUID.randomUUID()));
    }

    private JsonNode approve(long amount) {
        HttpResponse<String> accepted = approveWithNonce(amount);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return json(accepted);
    }
}
