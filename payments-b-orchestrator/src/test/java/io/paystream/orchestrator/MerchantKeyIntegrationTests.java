package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.contracts.PaymentEventType;
import io.paystream.orchestrator.payment.PaymentOutcomes;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A merchant's API key as the orchestrator sees it (ARCHITECTURE §11): the facade's own token with
 * {@code api-keys:act} and the key in headers. Each test is a new merchant, so its merchant-wide lists hold only
 * what the test made.
 */
class MerchantKeyIntegrationTests extends MerchantTestBase {

    @Autowired
    PaymentOutcomes outcomes;

    @Test
    void aKeyListsAllOfItsMerchantsPaymentsNewestFirstPageByPage() {
        List<String> made = new ArrayList<>();
        for (String shopper : List.of("alice", "bob", "carol")) {
            shopAs(shopper);
            made.add(approve(400).path("paymentId").asString());
            made.add(approve(500).path("paymentId").asString());
        }

        asKey("payments:read");
        JsonNode first = json(get("/v1/payments?limit=4"));
        JsonNode second = json(get("/v1/payments?limit=4&startingAfter="
                + first.path("data").path(3).path("paymentId").asString()));

        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(second.path("hasMore").asBoolean()).isFalse();
        List<String> listed = new ArrayList<>(ids(first));
        listed.addAll(ids(second));
        assertThat(listed).containsExactlyElementsOf(made.reversed());
        assertThat(ids(json(get("/v1/payments?customerId=bob")))).containsExactly(made.get(3), made.get(2));
        assertThat(ids(json(get("/v1/payments?status=CAPTURED")))).isEmpty();
        assertThat(ids(json(get("/v1/payments?status=AUTHORIZATION_PENDING&limit=100"))))
                .hasSize(6);
    }

    @Test
    void aShoppersListHoldsOnlyTheirOwnWhateverTheFilterSays() {
        shopAs("alice");
        String alices = approve(400).path("paymentId").asString();
        shopAs("bob");
        approve(500);

        assertThat(ids(json(get("/v1/payments?customerId=alice")))).isEmpty();
        shopAs("alice");
        assertThat(ids(json(get("/v1/payments")))).containsExactly(alices);
    }

    @Test
    void aKeyActsOnAnyOfItsMerchantsPaymentsAndNoneOfAnothers() {
        shopAs("alice");
        JsonNode payment = approve(900);
        String paymentId = payment.path("paymentId").asString();
        String orderId = payment.path("orderId").asString();

        asKey("payments:read", "payments:write");
        assertThat(get("/v1/payments/" + paymentId).statusCode()).isEqualTo(200);
        assertThat(ids(json(get("/v1/payments?orderId=" + orderId)))).containsExactly(paymentId);
        HttpResponse<String> reversal = post("/v1/payments/" + paymentId + "/reversals", "rev-1", "{}");
        assertThat(reversal.statusCode()).as(reversal.body()).isEqualTo(409);
        assertThat(json(reversal).path("type").asString()).endsWith("/operation-not-allowed");

        String own = merchant;
        newMerchant();
        asKey("payments:read", "payments:write");
        assertThat(get("/v1/payments/" + paymentId).statusCode()).isEqualTo(404);
        assertThat(json(get("/v1/payments?orderId=" + orderId))).isEmpty();
        assertThat(post("/v1/payments/" + paymentId + "/reversals", "rev-2", "{}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(ids(json(get("/v1/payments")))).isEmpty();
        assertThat(own).isNotEqualTo(merchant);
    }

    @Test
    void aKeysIdempotencyKeysAreItsOwnNotTheShoppers() {
        shopAs("alice");
        JsonNode payment = approve(900);
        String paymentId = payment.path("paymentId").asString();
        authorize(payment);

        asKey("payments:read", "payments:write");
        HttpResponse<String> deposit = post("/v1/payments/" + paymentId + "/deposits", "same-key", "{\"amount\":300}");
        assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(202);
        HttpResponse<String> replay = post("/v1/payments/" + paymentId + "/deposits", "same-key", "{\"amount\":300}");
        assertThat(replay.body()).isEqualTo(deposit.body());

        assertThat(jdbc.sql(
                                "SELECT customer_id FROM idempotency_key WHERE idempotency_key = 'same-key' AND customer_id LIKE :m")
                        .param("m", merchant + "/%")
                        .query(String.class)
                        .list())
                .containsExactly(merchant + "/key/" + keyId);
    }

    @Test
    void onlyAShopperApprovesAndAKeyHasOnlyItsOwnScopes() {
        asKey("payments:read", "payments:write");
        HttpResponse<String> approval = approve();
        assertThat(approval.statusCode()).isEqualTo(403);
        assertThat(json(approval).path("type").asString()).endsWith("/customer-token-required");

        asKey("orders:read");
        assertThat(get("/v1/payments").statusCode()).isEqualTo(403);
        assertThat(paymentsOfMerchant()).isZero();
    }

    @Test
    void keyHeadersFromATokenWithoutTheDelegationScopeAreRefused() {
        shopAs("alice");
        approve(400);

        HttpResponse<String> forged = post(
                "/v1/payments",
                "forged",
                "{}",
                "Paystream-Api-Key-Id",
                keyId,
                "Paystream-Api-Key-Merchant",
                "mer_demo",
                "Paystream-Api-Key-Scopes",
                "payments:read");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void badListParametersAreEachNamed() {
        asKey("payments:read");
        HttpResponse<String> bad = get("/v1/payments?status=PAID&limit=0&colour=red");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad)
                        .path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("status", "limit", "colour");
        assertThat(get("/v1/payments?orderId=ord_1&limit=5").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> approve() {
        return post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"ord_%s","amount":100,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(UUID.randomUUID()));
    }

    private JsonNode approve(long amount) {
        HttpResponse<String> accepted = approveWithNonce(amount);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return json(accepted);
    }

    private void authorize(JsonNode payment) {
        outcomes.record(outcome(
                payment,
                merchant,
                1,
                payment.path("operations").path(0).path("operationId").asString(),
                PaymentEventType.PAYMENT_APPROVED,
                payment.path("operations").path(0).path("amount").asLong(),
                "auth"));
    }

    private int paymentsOfMerchant() {
        return jdbc.sql("SELECT count(*) FROM payment WHERE merchant_id = :m")
                .param("m", merchant)
                .query(Integer.class)
                .single();
    }

    private static List<String> ids(JsonNode listOrPage) {
        JsonNode items = listOrPage.has("data") ? listOrPage.path("data") : listOrPage;
        return items.valueStream()
                .map(payment -> payment.path("paymentId").asString())
                .toList();
    }
}
