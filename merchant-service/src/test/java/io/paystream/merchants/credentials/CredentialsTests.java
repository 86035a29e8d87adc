package io.paystream.merchants.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.credentials.BraintreeCredentials;
import io.paystream.credentials.Envelope;
import io.paystream.credentials.LocalKeyFile;
import io.paystream.credentials.SealedCredentials;
import io.paystream.merchants.MerchantServiceTestBase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CredentialsTests extends MerchantServiceTestBase {

    @Autowired
    Envelope envelope;

    @Test
    void aServiceWithTheCredentialsScopeGetsThemSealedAndOpensThemWithTheKeyEncryptionKey() {
        String merchant = createMerchant("private_for_the_platform");

        var sealed = call("GET", credentials(merchant), platformToken(), null);

        assertThat(sealed.status()).isEqualTo(200);
        assertThat(sealed.body()).doesNotContain("private_for_the_platform");
        assertThat(open(merchant, sealed.json()))
                .isEqualTo(new BraintreeCredentials(
                        "bt_" + merchant,
                        "public_" + merchant,
                        "private_for_the_platform",
                        Map.of("USD", "usd_account")));
    }

    @Test
    void onlyTheCredentialsScopeReadsCredentials() {
        String merchant = createMerchant("private_guarded");

        assertThat(call("GET", credentials(merchant), operatorToken(), null).status())
                .isEqualTo(403);
        assertThat(call("GET", credentials(merchant), idp.token("alice", "payments:write"), null)
                        .status())
                .isEqualTo(403);
        assertThat(call("GET", credentials("mer_nobody"), platformToken(), null).status())
                .isEqualTo(404);
    }

    @Test
    void afterAKeyEncryptionKeyRotationEveryMerchantsCredentialsStillOpenAndTheOldKeyIsRetired() {
        List<String> merchants = List.of(createMerchant("private_rotation_a"), createMerchant("private_rotation_b"));
        Path keyFile = Path.of(KEY_FILE);
        String oldKey = envelope.currentKeyId();

        String newKey = LocalKeyFile.rotate(keyFile, Clock.systemUTC());
        JsonNode report =
                asOperator("POST", "/v1/admin/key-encryption-keys/rewrap", null).json();
        List<String> retired = LocalKeyFile.retireAllButCurrent(keyFile);

        assertThat(report.path("currentKeyId").asString()).isEqualTo(newKey);
        assertThat(report.path("rewrapped").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(report.path("remaining").asLong()).isZero();
        assertThat(retired).contains(oldKey);
        assertThat(jdbc.sql("SELECT count(*) FROM merchant WHERE kek_id <> :key")
                        .param("key", newKey)
                        .query(Long.class)
                        .single())
                .isZero();
        for (String merchant : merchants) {
            var sealed = call("GET", credentials(merchant), platformToken(), null);
            assertThat(open(merchant, sealed.json()).privateKey()).startsWith("private_rotation_");
        }
    }

    private BraintreeCredentials open(String merchant, JsonNode sealed) {
        return BraintreeCredentials.fromBytes(envelope.open(
                merchant,
                new SealedCredentials(
                        sealed.path("keyId").asString(),
                        bytes(sealed, "wrappedDataKey"),
                        bytes(sealed, "nonce"),
                        bytes(sealed, "ciphertext"))));
    }

    private static byte[] bytes(JsonNode sealed, String field) {
        return Base64.getDecoder().decode(sealed.path(field).asString());
    }

    private String platformToken() {
        return idp.token("payment-platform", "merchants:credentials");
    }

    private static String credentials(String merchant) {
        return "/internal/merchants/" + merchant + "/credentials";
    }
}
