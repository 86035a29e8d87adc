package io.paystream.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.testsupport.webhooks.StandardWebhooksCheck;
import io.paystream.webhooks.endpoint.SigningSecrets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signer against the specification's published test vector, and against a consumer's independent check. */
class StandardWebhooksTests {

    // The Standard Webhooks specification's example (its reference libraries test the same).
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);

    @Test
    void theSpecificationsExampleIsSignedAsItSays() {
        assertThat(StandardWebhooks.signature(ID, TIMESTAMP, BODY, List.of(SigningSecrets.keyOf(SECRET))))
                .isEqualTo(SIGNATURE);
    }

    @Test
    void theIndependentCheckTakesTheExampleAndRefusesAnyChange() {
        assertThat(StandardWebhooksCheck.verifies(SECRET, ID, Long.toString(TIMESTAMP), SIGNATURE, BODY, THEN))
                .isTrue();
        assertThat(StandardWebhooksCheck.verifies(SECRET, ID, Long.toString(TIMESTAMP), SIGNATURE, BODY + " ", THEN))
                .isFalse();
        assertThat(StandardWebhooksCheck.verifies(SECRET, ID + "x", Long.toString(TIMESTAMP), SIGNATURE, BODY, THEN))
                .isFalse();
        assertThat(StandardWebhooksCheck.verifies(
                        SECRET, ID, Long.toString(TIMESTAMP), SIGNATURE, BODY, THEN.plusSeconds(301)))
                .isFalse();
    }

    @Test
    void duringARotationEitherSecretVerifies() {
        String newer = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        String both = StandardWebhooks.signature(
                ID, TIMESTAMP, BODY, List.of(SigningSecrets.keyOf(newer), SigningSecrets.keyOf(SECRET)));

        assertThat(both.split(" ")).hasSize(2);
        assertThat(StandardWebhooksCheck.verifies(newer, ID, Long.toString(TIMESTAMP), both, BODY, THEN))
                .isTrue();
        assertThat(StandardWebhooksCheck.verifies(SECRET, ID, Long.toString(TIMESTAMP), both, BODY, THEN))
                .isTrue();
        assertThat(StandardWebhooksCheck.verifies(
                        // Not all zeros: HMAC pads a short key with zeros, so zero keys of any length sign alike.
                        "whsec_" + Base64.getEncoder().encodeToString("another secret of 24 b".getBytes()),
                        ID,
                        Long.toString(TIMESTAMP),
                        both,
                        BODY,
                        THEN))
                .isFalse();
    }
}
