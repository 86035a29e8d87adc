package io.paystream.webhooks.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.credentials.LocalKeyFile;
import io.paystream.testsupport.HttpCalls;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import io.paystream.webhooks.WebhookServiceTestBase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A key-encryption key rotation, as {@code ./paystream rotate-kek} runs it: a new key, the endpoints' secrets re-wrapped
 * under it by an operator, the old key retired; every secret still opens to what it was.
 */
class SecretRewrapTests extends WebhookServiceTestBase {

    private static final String REWRAP = "/v1/admin/webhooks/key-encryption-keys/rewrap";

    @Test
    void afterARotationAndItsRewrapTheOldKeyRetiresAndEverySecretStillOpens() {
        String body = """
                {"url": "https://93.184.216.34/hooks", "eventTypes": ["payment.captured"]}""";
        JsonNode endpoint = JSON.readTree(
                post("/v1/webhook-endpoints", "before-rotation", body).body());
        Path keys = Path.of("target/test-keys/key-encryption-keys.json");
        String newKey = LocalKeyFile.rotate(keys, Clock.systemUTC());

        assertThat(rewrap(customerToken()).statusCode()).isEqualTo(403);
        HttpResponse<String> rewrapped = rewrap(operatorToken());
        JsonNode report = JSON.readTree(rewrapped.body());

        assertThat(rewrapped.statusCode()).as(rewrapped.body()).isEqualTo(200);
        assertThat(report.path("currentKeyId").asString()).isEqualTo(newKey);
        assertThat(report.path("rewrapped").asInt()).isPositive();
        assertThat(report.path("remaining").asLong()).isZero();
        assertThat(JSON.readTree(rewrap(operatorToken()).body())
                        .path("rewrapped")
                        .asInt())
                .isZero();
        LocalKeyFile.retireAllButCurrent(keys);
        // The creation's replay opens the secret again, now under the new key alone.
        JsonNode replayed = JSON.readTree(
                post("/v1/webhook-endpoints", "before-rotation", body).body());
        assertThat(replayed.path("secret").asString())
                .isEqualTo(endpoint.path("secret").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_secret WHERE key_id <> :current")
                        .param("current", newKey)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private HttpResponse<String> rewrap(String token) {
        return HttpCalls.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + REWRAP))
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static String operatorToken() {
        return TestServers.oauth().token(TokenSpec.operator("ops", "paystream-admin"));
    }

    private String customerToken() {
        return TestServers.oauth().token(TokenSpec.of("alice", "payments:read").withClaim("merchant_id", merchant));
    }
}
