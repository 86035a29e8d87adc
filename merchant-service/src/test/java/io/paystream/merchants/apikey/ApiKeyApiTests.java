package io.paystream.merchants.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.merchants.MerchantServiceTestBase;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class ApiKeyApiTests extends MerchantServiceTestBase {

    private static final String ORDER_TEAM_KEY = """
            {"name": "order team", "scopes": ["payments:write", "payments:read", "orders:read"]}""";

    @Test
    void aKeyIsShownOnceAndKeptOnlyAsItsKeyedHash(CapturedOutput logs) throws Exception {
        String merchant = createMerchant("private_keys_1");

        var issued = asOperator("POST", keys(merchant), ORDER_TEAM_KEY);

        assertThat(issued.status()).isEqualTo(201);
        String key = issued.json().path("key").asString();
        assertThat(key).matches("psk_test_[0-9A-Za-z]{40}");
        assertThat(issued.json().path("prefix").asString()).isEqualTo(key.substring(0, 12));
        assertThat(issued.json().path("scopes").valueStream().map(JsonNode::asString))
                .containsExactly("orders:read", "payments:read", "payments:write");
        byte[] stored = jdbc.sql("SELECT hash FROM api_key WHERE id = :id")
                .param("id", issued.json().path("id").asString())
                .query(byte[].class)
                .single();
        assertThat(MessageDigest.isEqual(stored, hmac(key))).isTrue();
        String everyRow = jdbc.sql("SELECT string_agg(api_key::text, ' ') FROM api_key")
                .query(String.class)
                .single();
        assertThat(everyRow).doesNotContain(key.substring(12));
        var listed = asOperator("GET", keys(merchant), null);
        assertThat(listed.json().path(0).path("id").asString())
                .isEqualTo(issued.json().path("id").asString());
        assertThat(listed.json().path(0).has("key")).isFalse();
        assertThat(listed.body()).doesNotContain(key.substring(12));
        assertThat(logs.getAll()).doesNotContain(key.substring(12));
    }

    @Test
    void aRetriedKeyCreationCannotShowTheKeyAgainAndSaysWhichKeyItIssued() {
        String merchant = createMerchant("private_keys_2");
        var first = post(keys(merchant), "issue-once", ORDER_TEAM_KEY);

        var again = post(keys(merchant), "issue-once", ORDER_TEAM_KEY);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asString()).endsWith("/api-key-already-issued");
        assertThat(again.json().path("detail").asString())
                .contains(first.json().path("id").asString());
        assertThat(again.body()).doesNotContain(first.json().path("key").asString());
        assertThat(asOperator("GET", keys(merchant), null).json().size()).isEqualTo(1);
    }

    @Test
    void revokingStandsOnceAndTheChangeFeedCarriesIt() {
        String merchant = createMerchant("private_keys_3");
        String keyId = asOperator("POST", keys(merchant), ORDER_TEAM_KEY)
                .json()
                .path("id")
                .asString();
        long versionBefore = feed(0).path("version").asLong();

        var revoked = asOperator("DELETE", keys(merchant) + "/" + keyId, null);
        var again = asOperator("DELETE", keys(merchant) + "/" + keyId, null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("revokedAt").isNull()).isFalse();
        assertThat(again.json().path("revokedAt")).isEqualTo(revoked.json().path("revokedAt"));
        JsonNode changes = feed(versionBefore);
        assertThat(changes.path("keys")
                        .valueStream()
                        .map(change -> change.path("keyId").asString()))
                .containsExactly(keyId);
        assertThat(changes.path("keys").path(0).path("revokedAt").isNull()).isFalse();
        assertThat(changes.path("version").asLong()).isGreaterThan(versionBefore);
        assertThat(feed(changes.path("version").asLong()).path("keys").isEmpty())
                .isTrue();
    }

    @Test
    void theChangeFeedSendsHashesAndNeedsTheEdgesScope() throws Exception {
        String merchant = createMerchant("private_keys_4");
        var issued = asOperator("POST", keys(merchant), ORDER_TEAM_KEY);
        String keyId = issued.json().path("id").asString();

        JsonNode change = feed(0).path("keys")
                .valueStream()
                .filter(entry -> entry.path("keyId").asString().equals(keyId))
                .findFirst()
                .orElseThrow();

        assertThat(change.path("merchantId").asString()).isEqualTo(merchant);
        assertThat(Base64.getDecoder().decode(change.path("hash").asString()))
                .isEqualTo(hmac(issued.json().path("key").asString()));
        assertThat(call("GET", "/internal/api-keys", operatorToken(), null).status())
                .isEqualTo(403);
        assertThat(call("GET", "/internal/api-keys", idp.token("payments-orchestrator", "wallet:internal"), null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anotherMerchantsKeyAndAnUnknownKeyAre404s() {
        String acme = createMerchant("private_acme");
        String demo = createMerchant("private_demo");
        String acmeKey =
                asOperator("POST", keys(acme), ORDER_TEAM_KEY).json().path("id").asString();

        assertThat(asOperator("DELETE", keys(demo) + "/" + acmeKey, null).status())
                .isEqualTo(404);
        assertThat(asOperator("DELETE", keys(acme) + "/key_nothing", null).status())
                .isEqualTo(404);
        assertThat(asOperator("GET", keys("mer_nobody"), null).status()).isEqualTo(404);
        assertThat(asOperator("GET", keys(acme), null)
                        .json()
                        .path(0)
                        .path("revokedAt")
                        .isNull())
                .isTrue();
    }

    @Test
    void badKeyRequestsAre400sAndIssueNothing() {
        String merchant = createMerchant("private_keys_5");
        List<String> bodies = List.of(
                "{\"name\": \"x\", \"scopes\": []}",
                "{\"name\": \"x\", \"scopes\": [\"wallet:write\"]}",
                "{\"name\": \"x\", \"scopes\": [\"merchants:credentials\"]}",
                "{\"name\": \"\", \"scopes\": [\"payments:read\"]}",
                "{\"name\": \"x\", \"scopes\": [\"payments:read\"], \"expiresAt\": \"2020-01-01T00:00:00Z\"}",
                "{\"name\": \"x\", \"scopes\": [\"payments:read\"], \"expiresAt\": \"tomorrow\"}",
                "{\"name\": \"x\", \"scopes\": [null]}");

        for (String body : bodies) {
            var refused = asOperator("POST", keys(merchant), body);
            assertThat(refused.status()).as(body).isEqualTo(400);
        }
        assertThat(asOperator("GET", keys(merchant), null).json().isEmpty()).isTrue();
    }

    private JsonNode feed(long after) {
        var answer = call(
                "GET",
                "/internal/api-keys?after=" + after,
                idp.token(TokenSpec.of("payments-facade", "merchants:api-keys").withClientId("payments-facade")),
                null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private static String keys(String merchant) {
        return "/v1/admin/merchants/" + merchant + "/api-keys";
    }

    private static byte[] hmac(String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PEPPER.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
    }
}
