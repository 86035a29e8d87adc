package io.paystream.testsupport.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A consumer's check of a delivery, written from the Standard Webhooks specification alone and not from the
 * service's signer: the secret's base64 after {@code whsec_}; HMAC-SHA256 over {@code msg_id.timestamp.payload};
 * any one of the space-separated {@code v1,} signatures matching, compared in constant time; the timestamp within
 * five minutes of now.
 */
public final class StandardWebhooksCheck {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooksCheck() {}

    /** Whether {@code request} is signed by {@code secret} and was sent within five minutes of its arrival. */
    public static boolean verifies(String secret, WebhookReceiver.Received request) {
        return verifies(
                secret,
                request.header("webhook-id"),
                request.header("webhook-timestamp"),
                request.header("webhook-signature"),
                request.body(),
                request.at());
    }

    public static boolean verifies(
            String secret, String id, String timestamp, String signatures, String payload, Instant now) {
        long sentAt = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - sentAt) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = hmacSha256(
                Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")),
                (id + "." + timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
        for (String versioned : signatures.split(" ")) {
            int comma = versioned.indexOf(',');
            if (comma > 0
                    && versioned.substring(0, comma).equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned.substring(comma + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] hmacSha256(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA256", impossible);
        }
    }
}
