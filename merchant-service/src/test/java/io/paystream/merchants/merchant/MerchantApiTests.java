package io.paystream.merchants.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.merchants.MerchantServiceTestBase;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class MerchantApiTests extends MerchantServiceTestBase {

    @Test
    void anOperatorCreatesAMerchantAndSeesItsBraintreeMerchantIdAndFingerprintButNeverItsKeys(CapturedOutput logs) {
        var created = post("/v1/admin/merchants", "create-shop-1", merchantBody("mer_shop_one", "private_shop_one"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/v1/admin/merchants/mer_shop_one");
        assertThat(created.json().path("id").asString()).isEqualTo("mer_shop_one");
        assertThat(created.json().path("braintree").path("merchantId").asString())
                .isEqualTo("bt_mer_shop_one");
        assertThat(created.json()
                        .path("braintree")
                        .path("credentialsFingerprint")
                        .asString())
                .hasSize(16);
        var read = asOperator("GET", "/v1/admin/merchants/mer_shop_one", null);
        var listed = asOperator("GET", "/v1/admin/merchants?limit=100", null);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(listed.json()
                        .valueStream()
                        .map(merchant -> merchant.path("id").asString()))
                .contains("mer_shop_one");
        for (var answer : List.of(created, read, listed)) {
            assertThat(answer.body()).doesNotContain("private_shop_one").doesNotContain("public_mer_shop_one");
        }
        assertThat(logs.getAll()).doesNotContain("private_shop_one").doesNotContain("public_mer_shop_one");
    }

    @Test
    void storedCredentialsAreUnreadableWithoutTheKeyEncryptionKey() {
        String id = createMerchant("private_kept_sealed");

        Map<String, Object> row = jdbc.sql("SELECT * FROM merchant WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        String everyColumn = row.values().stream()
                .map(value -> value instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.ISO_8859_1)
                        : String.valueOf(value))
                .reduce("", String::concat);
        assertThat(everyColumn)
                .doesNotContain("private_kept_sealed")
                .doesNotContain("public_" + id)
                .doesNotContain("usd_account");
        assertThat((byte[]) row.get("wrapped_data_key")).hasSizeGreaterThan(32);
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheAnswerAndAnotherBodyUnderItIsRefused() {
        var first = post("/v1/admin/merchants", "create-shop-2", merchantBody("mer_shop_two", "private_two"));
        var again = post("/v1/admin/merchants", "create-shop-2", merchantBody("mer_shop_two", "private_two"));
        var otherBody =
                post("/v1/admin/merchants", "create-shop-2", merchantBody("mer_shop_two", "private_two_changed"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.json().path("type").asString()).endsWith("/idempotency-key-reused");
    }

    @Test
    void aMerchantIdTakenAlreadyIsAConflictAndChangesNothing() {
        String id = createMerchant("private_first");
        String fingerprint = fingerprint(id);

        var taken = post("/v1/admin/merchants", "take-" + id, merchantBody(id, "private_second"));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("type").asString()).endsWith("/merchant-exists");
        assertThat(fingerprint(id)).isEqualTo(fingerprint);
    }

    @Test
    void badMerchantBodiesAre400sListingTheFieldsAndWriteNothing() {
        long before = merchants();
        List<String> bodies = List.of(
                "{}",
                "{\"name\": \"No credentials\"}",
                merchantBody("not-a-merchant-id", "private"),
                merchantBody("mer_bad_keys", ""),
                merchantBody("mer_bad_currency", "private").replace("\"USD\"", "\"usd\""),
                "{\"name\": \"x\", \"braintree\": \"not an object\"}",
                "[1, 2]");

        for (String body : bodies) {
            var refused = asOperator("POST", "/v1/admin/merchants", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(body).startsWith("application/problem+json");
        }
        assertThat(merchants()).isEqualTo(before);
    }

    @Test
    void replacingCredentialsChangesTheFingerprintAndTheSealedBytes() {
        String id = createMerchant("private_before_rotation");
        String before = fingerprint(id);
        byte[] ciphertextBefore = ciphertext(id);

        var replaced = asOperator("PUT", "/v1/admin/merchants/" + id + "/braintree", """
                {"merchantId": "bt_rotated", "publicKey": "public_rotated", "privateKey": "private_rotated"}""");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("braintree").path("merchantId").asString())
                .isEqualTo("bt_rotated");
        assertThat(fingerprint(id)).isNotEqualTo(before);
        assertThat(ciphertext(id)).isNotEqualTo(ciphertextBefore);
        assertThat(replaced.body()).doesNotContain("private_rotated");
    }

    @Test
    void anUnknownMerchantIsA404() {
        assertThat(asOperator("GET", "/v1/admin/merchants/mer_nobody", null).status())
                .isEqualTo(404);
        assertThat(asOperator(
                                "PUT",
                                "/v1/admin/merchants/mer_nobody/braintree",
                                "{\"merchantId\": \"a\", \"publicKey\": \"b\", \"privateKey\": \"c\"}")
                        .json()
                        .path("type")
                        .asString())
                .endsWith("/merchant-not-found");
    }

    @Test
    void aShopperTokenWithEveryScopeCannotReachTheOperatorApiAndNoTokenIsA401() {
        String shopper = idp.token(
                TokenSpec.of("alice", "payments:read", "payments:write", "orders:read", "wallet:read", "wallet:write"));
        long before = merchants();

        assertThat(call("GET", "/v1/admin/merchants", shopper, null).status()).isEqualTo(403);
        assertThat(call("POST", "/v1/admin/merchants", shopper, merchantBody("mer_by_shopper", "p"))
                        .status())
                .isEqualTo(403);
        assertThat(call("GET", "/v1/admin/merchants", null, null).status()).isEqualTo(401);
        assertThat(call("GET", "/v1/admin/merchants", "psk_test_notatoken", null)
                        .status())
                .isEqualTo(401);
        assertThat(merchants()).isEqualTo(before);
    }

    private long merchants() {
        return jdbc.sql("SELECT count(*) FROM merchant").query(Long.class).single();
    }

    private String fingerprint(String id) {
        return jdbc.sql("SELECT credentials_fingerprint FROM merchant WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private byte[] ciphertext(String id) {
        return jdbc.sql("SELECT ciphertext FROM merchant WHERE id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }
}
