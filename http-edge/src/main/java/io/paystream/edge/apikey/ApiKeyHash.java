package io.paystream.edge.apikey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash an API key is kept and looked up by: HMAC-SHA256 under the pepper, the same in merchant-service,
 * which stores it, and in every edge, which checks it.
 */
public final class ApiKeyHash {

    private final SecretKeySpec pepper;

    public ApiKeyHash(String pepper) {
        this.pepper = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public byte[] of(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            return mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA256", impossible);
        }
    }
}
