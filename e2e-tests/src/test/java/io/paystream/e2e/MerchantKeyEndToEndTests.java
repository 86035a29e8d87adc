package io.paystream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.braintree.simulator.SimulatorSettings;
import io.paystream.testsupport.HttpCalls;
import io.paystream.testsupport.OAuthServer;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.webhooks.StandardWebhooksCheck;
import io.paystream.testsupport.webhooks.WebhookReceiver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merchant's own servers with its API keys (ARCHITECTURE §11), through the facade as deployed: the order team
 * captures at shipment and the back office refunds, across all of the merchant's shoppers, and sees nothing of another
 * merchant's; each of those requests, and each gateway call they made, is on the merchant's audit trail (§12).
 */
class MerchantKeyEndToEndTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEAM_SCOPES = "[\"payments:read\", \"payments:write\", \"orders:read\"]";
    private static final String WEBHOOK_SCOPES = "[\"payments:read\", \"payments:write\", \"webhooks:manage\"]";

    @Test
    void eachMerchantsKeyCapturesRefundsAndListsItsOwnPaymentsAndNoneOfAnothers() {
        Api demoTeam = Api.withKey(issueKey("mer_demo").path("key").asString());
        Api acmeTeam = Api.withKey(issueKey("mer_acme").path("key").asString());
        Api demoShopper = Api.customerAt("mer_demo", "shopper-" + UUID.randomUUID());
        Api acmeShopper = Api.customerAt("mer_acme", "shopper-" + UUID.randomUUID());
        String demoOrder = demoShopper.order(3000);
        String demoPayment = authorized(demoShopper, demoOrder, 3000);
        String acmePayment = authorized(acmeShopper, acmeShopper.order(1200), 1200);
        awaitKnown(demoTeam);
        awaitKnown(acmeTeam);

        Api.Answer captured = demoTeam.post("/v1/payments/" + demoPayment + "/deposits", "{}");
        assertThat(captured.body().path("status").asString())
                .as("%s", captured.body())
                .isEqualTo("CAPTURED");
        // The back office refunds part once the capture has settled (a refund waits for settlement).
        Platform.get().braintree.settleAll();
        Api.Answer refunded = demoTeam.post("/v1/payments/" + demoPayment + "/refunds", "{\"amount\":1000}");
        assertThat(refunded.body().path("status").asString())
                .as("%s", refunded.body())
                .isEqualTo("PARTIALLY_REFUNDED");
        String capture = captured.body()
                .path("operations")
                .path(1)
                .path("gatewayTransactionId")
                .asString();
        assertThat(Platform.get().braintree.transactions(SimulatorSettings.DEFAULT_MERCHANT_ID))
                .anySatisfy(transaction -> assertThat(transaction.id()).isEqualTo(capture));
        assertThat(demoTeam.orderAfter(demoOrder, "PARTIALLY_REFUNDED")
                        .path("refundedAmount")
                        .asLong())
                .isEqualTo(1000);

        JsonNode demoPayments = demoTeam.get("/v1/payments?limit=100").body();
        assertThat(ids(demoPayments, "paymentId")).contains(demoPayment).doesNotContain(acmePayment);
        assertThat(ids(demoTeam.get("/v1/orders?limit=100").body(), "orderId")).contains(demoOrder);
        assertThat(ids(acmeTeam.get("/v1/payments?limit=100").body(), "paymentId"))
                .contains(acmePayment)
                .doesNotContain(demoPayment);
        assertThat(ids(acmeTeam.get("/v1/orders?limit=100").body(), "orderId")).doesNotContain(demoOrder);
        assertThat(List.of(
                        acmeTeam.get("/v1/payments/" + demoPayment).status(),
                        acmeTeam.post("/v1/payments/" + demoPayment + "/refunds", "{\"amount\":100}")
                                .status(),
                        acmeTeam.get("/v1/orders/" + demoOrder).status()))
                .containsOnly(404);

        // From outside, key headers are nobody's: even with api-keys:act a token acts only as its own subject.
        String forger = TestServers.oauth()
                .token(OAuthServer.TokenSpec.of("forger-" + UUID.randomUUID(), "api-keys:act", "payments:read"));
        HttpResponse<String> forged =
                HttpCalls.send(HttpRequest.newBuilder(URI.create(Platform.get().facade + "/v1/payments/" + acmePayment))
                        .header("Authorization", "Bearer " + forger)
                        .header("Paystream-Api-Key-Id", "key_forged")
                        .header("Paystream-Api-Key-Merchant", "mer_acme")
                        .header("Paystream-Api-Key-Scopes", "payments:read")
                        .GET());
        assertThat(forged.statusCode()).isEqualTo(404);

        // Only a shopper approves, and a key has no way into anyone's wallet.
        Api.Answer approval = demoTeam.post("/v1/payments", Api.approval(demoShopper.order(500), 500, "pm_any"));
        assertThat(approval.status()).isEqualTo(403);
        assertThat(approval.body().path("type").asString()).endsWith("/customer-token-required");
        assertThat(demoTeam.get("/v1/wallet/payment-methods").status()).isEqualTo(403);
    }

    /**
     * ARCHITECTURE §14: a merchant's back office registers an endpoint with its key; its checkout's lifecycle events
     * arrive there signed (checked as the Standard Webhooks spec says, not by Paystream's signer), in the payment's
     * sequence, and another merchant's endpoint hears nothing of them.
     */
    @Test
    void aMerchantsEndpointGetsItsCheckoutsWebhooksSignedAndNoOtherMerchantDoes() throws InterruptedException {
        Api demoOffice =
                Api.withKey(issueKey("mer_demo", WEBHOOK_SCOPES).path("key").asString());
        Api acmeOffice =
                Api.withKey(issueKey("mer_acme", WEBHOOK_SCOPES).path("key").asString());
        awaitKnown(demoOffice);
        awaitKnown(acmeOffice);
        try (WebhookReceiver demoReceiver = new WebhookReceiver(Clock.systemUTC());
                WebhookReceiver acmeReceiver = new WebhookReceiver(Clock.systemUTC())) {
            Api.Answer endpoint = demoOffice.post("/v1/webhook-endpoints", """
                    {"url": "%s", "eventTypes": ["payment.authorized", "payment.captured"]}""".formatted(demoReceiver.url("/hooks")));
            assertThat(endpoint.status()).as("%s", endpoint.body()).isEqualTo(201);
            assertThat(acmeOffice
                            .post("/v1/webhook-endpoints", """
                                    {"url": "%s", "eventTypes": ["payment.authorized", "payment.captured"]}""".formatted(acmeReceiver.url("/hooks")))
                            .status())
                    .isEqualTo(201);
            Api shopper = Api.customerAt("mer_demo", "shopper-" + UUID.randomUUID());
            assertThat(shopper.get("/v1/webhook-endpoints").status()).isEqualTo(403);

            String payment = authorized(shopper, shopper.order(1800), 1800);
            assertThat(demoOffice
                            .post("/v1/payments/" + payment + "/deposits", "{}")
                            .status())
                    .isEqualTo(200);

            List<WebhookReceiver.Received> received = demoReceiver.awaitReceived(2, Duration.ofSeconds(20));
            assertThat(received).hasSize(2);
            String secret = endpoint.body().path("secret").asString();
            assertThat(received)
                    .allSatisfy(request -> assertThat(StandardWebhooksCheck.verifies(secret, request))
                            .isTrue());
            assertThat(received.stream()
                            .map(request -> JSON.readTree(request.body()))
                            .map(body -> body.path("type").asString() + "#"
                                    + body.path("data").path("sequence").asLong() + " "
                                    + body.path("data").path("paymentId").asString()))
                    .containsExactlyInAnyOrder("payment.authorized#1 " + payment, "payment.captured#2 " + payment);
            assertThat(acmeReceiver.received()).isEmpty();
            String endpointId = endpoint.body().path("id").asString();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> demoOffice
                                    .get("/v1/webhook-endpoints/" + endpointId + "/deliveries?status=SUCCEEDED")
                                    .body()
                                    .path("data")
                                    .size()
                            == 2);
            assertThat(acmeOffice.get("/v1/webhook-endpoints/" + endpointId).status())
                    .isEqualTo(404);
        }
    }

    /** ARCHITECTURE §12: one checkout's audit, each request and each gateway call in order, and the chain intact. */
    @Test
    void aCheckoutsAuditListsItsRequestsAndGatewayCallsInOrderWithTheirActors() throws IOException, SQLException {
        JsonNode issued = issueKey("mer_demo", "[\"payments:read\", \"payments:write\", \"audit:read\"]");
        Api team = Api.withKey(issued.path("key").asString());
        Api shopper = Api.customerAt("mer_demo", "shopper-" + UUID.randomUUID());
        Api.Answer approval =
                shopper.approve(shopper.order(2500), 2500, shopper.method("CARD", "fake-valid-visa-nonce"));
        String payment = approval.body().path("paymentId").asString();
        String vaultToken = Platform.get()
                .braintree
                .transaction(approval.body()
                        .path("operations")
                        .path(0)
                        .path("gatewayTransactionId")
                        .asString())
                .orElseThrow()
                .paymentMethodToken();
        String audit = "/v1/payments/" + payment + "/audit";
        awaitRecords(shopper, audit, 2);
        awaitKnown(team);
        assertThat(team.post("/v1/payments/" + payment + "/deposits", "{}").status())
                .isEqualTo(200);
        awaitRecords(team, audit, 4);
        Platform.get().braintree.settleAll();
        assertThat(team.post("/v1/payments/" + payment + "/refunds", "{\"amount\":500}")
                        .status())
                .isEqualTo(200);

        List<JsonNode> records = awaitRecords(shopper, audit, 6);

        assertThat(records)
                .extracting(record -> record.path("event").asString() + " "
                        + record.path("request").path("operation").asString("")
                        + record.path("gateway").path("operation").asString("") + " "
                        + record.path("actor").path("type").asString() + " "
                        + record.path("outcome").asString())
                .containsExactly(
                        "money-request APPROVE CUSTOMER ACCEPTED",
                        "gateway-attempt sale SYSTEM SUCCEEDED",
                        "money-request DEPOSIT API_KEY ACCEPTED",
                        "gateway-attempt submit_for_settlement SYSTEM SUCCEEDED",
                        "money-request REFUND API_KEY ACCEPTED",
                        "gateway-attempt refund SYSTEM SUCCEEDED");
        JsonNode sale = records.get(1).path("gateway");
        assertThat(sale.path("processorResponseCode").asString()).isEqualTo("1000");
        assertThat(sale.path("latencyMs").asLong()).isNotNegative();
        assertThat(records.get(2).path("actor").path("id").asString())
                .isEqualTo(issued.path("id").asString());
        // No token, nonce or card number in the records, stored or shown, nor in any service's log.
        List<String> secrets = List.of(vaultToken, "fake-valid-visa-nonce", "4111111111111111");
        assertThat(secrets).noneMatch(records.toString()::contains);
        try (var orchestrator = DriverManager.getConnection(
                        TestServers.postgres().jdbcUrl("e2e_orchestrator"), "postgres", "postgres");
                var rows = orchestrator.createStatement().executeQuery("SELECT a::text FROM audit_record a")) {
            while (rows.next()) {
                assertThat(secrets).noneMatch(rows.getString(1)::contains);
            }
        }
        try (var logs = Files.list(Path.of("target"))) {
            for (Path log :
                    logs.filter(file -> file.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log);
                assertThat(secrets).as(log.toString()).noneMatch(text::contains);
            }
        }
        HttpResponse<String> verified =
                operator("GET", "payments-b-orchestrator", "/v1/admin/merchants/mer_demo/audit/verify", null);
        assertThat(JSON.readTree(verified.body()).path("intact").asBoolean())
                .as(verified.body())
                .isTrue();
    }

    @Test
    void aRevokedKeyIsRefusedEverywhereWithinFiveSeconds() {
        JsonNode issued = issueKey("mer_demo");
        String key = issued.path("key").asString();
        Api team = Api.withKey(key);
        awaitKnown(team);
        // The operator sees when it was last used (the facade reports every second here, every minute by default).
        await().atMost(Duration.ofSeconds(10))
                .until(() -> JSON.readTree(operator("GET", "/v1/admin/merchants/mer_demo/api-keys", null)
                                .body())
                        .valueStream()
                        .filter(listed -> listed.path("id")
                                .asString()
                                .equals(issued.path("id").asString()))
                        .anyMatch(listed -> !listed.path("lastUsedAt").isNull()));

        operator(
                "DELETE",
                "/v1/admin/merchants/mer_demo/api-keys/" + issued.path("id").asString(),
                null);

        Api.Answer refused = await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> team.get("/v1/payments?limit=1"), answer -> answer.status() == 401);
        assertThat(refused.raw().body()).doesNotContain(key.substring(12));
        assertThat(team.get("/v1/orders?limit=1").status()).isEqualTo(401);
    }

    /** A key of {@code merchantId} for its order team, issued through the operator API; the key is in {@code key}. */
    private static JsonNode issueKey(String merchantId) {
        return issueKey(merchantId, TEAM_SCOPES);
    }

    private static JsonNode issueKey(String merchantId, String scopes) {
        HttpResponse<String> issued = operator(
                "POST",
                "/v1/admin/merchants/" + merchantId + "/api-keys",
                "{\"name\": \"order team\", \"scopes\": " + scopes + "}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JSON.readTree(issued.body());
    }

    private static HttpResponse<String> operator(String method, String path, String body) {
        return operator(method, "merchant-service", path, body);
    }

    private static HttpResponse<String> operator(String method, String service, String path, String body) {
        String token = TestServers.oauth().token(OAuthServer.TokenSpec.operator("ops", "paystream-admin"));
        return HttpCalls.send(HttpRequest.newBuilder(URI.create(Platform.get().baseUrl(service) + path))
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "e2e-" + UUID.randomUUID())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The facade takes a new key once its copy of the keys has it (refreshed every second). */
    private static void awaitKnown(Api team) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> team.get("/v1/payments?limit=1").status() == 200);
    }

    private static String authorized(Api shopper, String order, long amount) {
        Api.Answer approval = shopper.post("/v1/payments", """
                {"orderId":"%s","amount":%d,"currency":"USD","paymentMethodNonce":"fake-valid-visa-nonce"}""".formatted(order, amount));
        assertThat(approval.body().path("status").asString())
                .as("%s", approval.body())
                .isEqualTo("AUTHORIZED");
        return approval.body().path("paymentId").asString();
    }

    /** The payment's audit records once {@code count} are chained. */
    private static List<JsonNode> awaitRecords(Api caller, String audit, int count) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> caller.get(audit)
                                .body()
                                .path("data")
                                .valueStream()
                                .toList(),
                        records -> records.size() >= count);
    }

    private static List<String> ids(JsonNode page, String field) {
        return page.path("data")
                .valueStream()
                .map(item -> item.path(field).asString())
                .toList();
    }
}
