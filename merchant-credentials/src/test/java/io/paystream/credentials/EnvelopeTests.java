package io.paystream.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvelopeTests {

    private static final BraintreeCredentials ACME = new BraintreeCredentials(
            "acme_merchant", "acme_public_key", "acme_private_key_0123456789", Map.of("USD", "acme_usd"));

    @TempDir
    Path directory;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void sealedCredentialsOpenForTheirMerchantAndHoldNoneOfTheKeysInTheClear() {
        Envelope envelope = new Envelope(LocalKeyFile.open(keyFile(), clock));

        SealedCredentials sealed = envelope.seal("mer_acme", ACME.toBytes());

        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1))
                .doesNotContain("acme_private_key")
                .doesNotContain("acme_public_key");
        assertThat(BraintreeCredentials.fromBytes(envelope.open("mer_acme", sealed)))
                .isEqualTo(ACME);
    }

    @Test
    void credentialsSealedForOneMerchantDoNotOpenForAnother() {
        Envelope envelope = new Envelope(LocalKeyFile.open(keyFile(), clock));
        SealedCredentials sealed = envelope.seal("mer_acme", ACME.toBytes());

        assertThatThrownBy(() -> envelope.open("mer_demo", sealed)).isInstanceOf(CredentialsUnreadable.class);
    }

    @Test
    void aChangedByteInTheCiphertextIsRefused() {
        Envelope envelope = new Envelope(LocalKeyFile.open(keyFile(), clock));
        SealedCredentials sealed = envelope.seal("mer_acme", ACME.toBytes());
        sealed.ciphertext()[3] ^= 1;

        assertThatThrownBy(() -> envelope.open("mer_acme", sealed)).isInstanceOf(CredentialsUnreadable.class);
    }

    @Test
    void afterARotationARewrapKeepsEveryCredentialOpenOnceTheOldKeyIsRetired() {
        Path file = keyFile();
        Envelope envelope = new Envelope(LocalKeyFile.open(file, clock));
        SealedCredentials sealed = envelope.seal("mer_acme", ACME.toBytes());
        String oldKey = sealed.keyId();

        String newKey = LocalKeyFile.rotate(file, Clock.offset(clock, java.time.Duration.ofDays(1)));
        assertThat(envelope.currentKeyId()).isEqualTo(newKey);
        assertThat(envelope.needsRewrap(sealed)).isTrue();
        SealedCredentials rewrapped = envelope.rewrap("mer_acme", sealed);
        assertThat(LocalKeyFile.retireAllButCurrent(file)).containsExactly(oldKey);

        assertThat(rewrapped.keyId()).isEqualTo(newKey);
        assertThat(rewrapped.ciphertext()).isEqualTo(sealed.ciphertext());
        assertThat(BraintreeCredentials.fromBytes(envelope.open("mer_acme", rewrapped)))
                .isEqualTo(ACME);
        assertThatThrownBy(() -> envelope.open("mer_acme", sealed))
                .isInstanceOf(CredentialsUnreadable.class)
                .hasMessageContaining(oldKey);
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = keyFile();
        LocalKeyFile.open(file, clock);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void credentialsNeverShowTheirKeysWhenPrinted() {
        assertThat(ACME.toString()).doesNotContain("acme_private_key").doesNotContain("acme_public_key");
        assertThat(ACME.fingerprint())
                .hasSize(16)
                .isNotEqualTo(new BraintreeCredentials(
                                "acme_merchant", "acme_public_key", "rotated", Map.of("USD", "acme_usd"))
                        .fingerprint());
    }

    private Path keyFile() {
        return directory.resolve("keys").resolve("key-encryption-keys.json");
    }
}
