package io.paystream.webhooks.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.testsupport.HttpCalls;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import io.paystream.webhooks.WebhookServiceTestBase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /v1/webhook-endpoints} as a merchant's key uses it (ARCHITECTURE §14). */
class EndpointApiTests extends WebhookServiceTestBase {

    @Test
    void anEndpointIsMadeWithItsSecretShownAndAgainOnlyToTheSameRequest() {
        String body = """
                {"url": "https://93.184.216.34/hooks", "eventTypes": ["payment.authorized", "payment.captured"],
                 "description": "ERP"}""";
        HttpResponse<String> created = post("/v1/webhook-endpoints", "create-1", body);
        JsonNode endpoint = JSON.readTree(created.body());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .contains("/v1/webhook-endpoints/" + endpoint.path("id").asString());
        assertThat(endpoint.path("id").asString()).matches("we_[0-9a-f]{24}");
        assertThat(endpoint.path("status").asString()).isEqualTo("ENABLED");
        String secret = endpoint.path("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(SigningSecrets.keyOf(secret)).hasSizeGreaterThanOrEqualTo(24);

        HttpResponse<String> again = post("/v1/webhook-endpoints", "create-1", body);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(JSON.readTree(again.body())).isEqualTo(endpoint);
        assertThat(post("/v1/webhook-endpoints", "create-1", body.replace("ERP", "CRM"))
                        .statusCode())
                .isEqualTo(422);

        JsonNode shown = JSON.readTree(
                call("GET", "/v1/webhook-endpoints/" + endpoint.path("id").asString(), null)
                        .body());
        assertThat(shown.has("secret")).isFalse();
        assertThat(shown.path("eventTypes").valueStream().map(JsonNode::asString))
                .containsExactly("payment.authorized", "payment.captured");
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE response_body LIKE '%whsec_%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void badFieldsAreNamedAndNothingIsMade() {
        HttpResponse<String> refused = call("POST", "/v1/webhook-endpoints", """
                {"url": "http://10.0.0.1/hooks", "eventTypes": ["payment.authorized", "payment.exploded"]}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(refused.body())
                        .path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("eventTypes[1]");
        assertThat(call("POST", "/v1/webhook-endpoints", "{\"eventTypes\": []}").statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/v1/webhook-endpoints", "{\"url\": ").statusCode())
                .isEqualTo(400);
        assertThat(JSON.readTree(call("GET", "/v1/webhook-endpoints", null).body())
                        .path("data")
                        .size())
                .isZero();
    }

    @Test
    void onlyTheMerchantsKeyWithTheScopeReachesItsEndpoints() {
        String id = createEndpoint("https://93.184.216.34/hooks", "payment.refunded")
                .path("id")
                .asString();

        String shopper = TestServers.oauth()
                .token(TokenSpec.of("alice", "payments:read", "webhooks:manage").withClaim("merchant_id", merchant));
        HttpResponse<String> asShopper = HttpCalls.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/webhook-endpoints/" + id))
                        .header("Authorization", "Bearer " + shopper));
        assertThat(asShopper.statusCode()).isEqualTo(403);

        keyScopes = "payments:read";
        assertThat(call("GET", "/v1/webhook-endpoints/" + id, null).statusCode())
                .isEqualTo(403);

        keyScopes = "webhooks:manage";
        String mine = merchant;
        merchant = "mer_other" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call("GET", "/v1/webhook-endpoints/" + id, null).statusCode())
                .isEqualTo(404);
        assertThat(call("DELETE", "/v1/webhook-endpoints/" + id, null).statusCode())
                .isEqualTo(404);
        merchant = mine;
        assertThat(call("GET", "/v1/webhook-endpoints/" + id, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void endpointsAreListedNewestFirstChangedAndDeleted() {
        String first = createEndpoint("https://93.184.216.34/a", "payment.authorized")
                .path("id")
                .asString();
        String second = createEndpoint("https://93.184.216.34/b", "payment.authorized")
                .path("id")
                .asString();

        JsonNode page =
                JSON.readTree(call("GET", "/v1/webhook-endpoints?limit=1", null).body());
        assertThat(page.path("data").path(0).path("id").asString()).isEqualTo(second);
        assertThat(page.path("hasMore").asBoolean()).isTrue();
        JsonNode next = JSON.readTree(call("GET", "/v1/webhook-endpoints?limit=1&startingAfter=" + second, null)
                .body());
        assertThat(next.path("data").path(0).path("id").asString()).isEqualTo(first);
        assertThat(next.path("hasMore").asBoolean()).isFalse();

        JsonNode changed = JSON.readTree(
                call("PATCH", "/v1/webhook-endpoints/" + first, """
                {"eventTypes": ["payment.refunded"], "status": "DISABLED"}""").body());
        assertThat(changed.path("status").asString()).isEqualTo("DISABLED");
        assertThat(changed.path("url").asString()).isEqualTo("https://93.184.216.34/a");
        assertThat(changed.path("eventTypes").path(0).asString()).isEqualTo("payment.refunded");
        assertThat(call("PATCH", "/v1/webhook-endpoints/" + first, "{\"url\": \"https://127.0.0.1/x\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("PATCH", "/v1/webhook-endpoints/" + first, "{\"url\": \"ftp://x\"}")
                        .statusCode())
                .isEqualTo(400);

        assertThat(call("DELETE", "/v1/webhook-endpoints/" + first, null).statusCode())
                .isEqualTo(204);
        assertThat(call("GET", "/v1/webhook-endpoints/" + first, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRotatedSecretIsNewAndTheSameOnARetry() {
        JsonNode endpoint = createEndpoint("https://93.184.216.34/hooks", "payment.authorized");
        String id = endpoint.path("id").asString();

        HttpResponse<String> rotated = post("/v1/webhook-endpoints/" + id + "/rotate-secret", "rotate-1", null);
        HttpResponse<String> again = post("/v1/webhook-endpoints/" + id + "/rotate-secret", "rotate-1", null);

        String secret = JSON.readTree(rotated.body()).path("secret").asString();
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(secret)
                .startsWith("whsec_")
                .isNotEqualTo(endpoint.path("secret").asString());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(JSON.readTree(again.body()).path("secret").asString()).isEqualTo(secret);
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_secret WHERE endpoint_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(post("/v1/webhook-endpoints/we_000000000000000000000000/rotate-secret", "rotate-2", null)
                        .statusCode())
                .isEqualTo(404);
    }
}
