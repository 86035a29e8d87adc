package io.paystream.merchants.apikey;

import io.paystream.edge.apikey.ApiKeyHash;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Makes API keys, {@code psk_<env>_} and 40 random base62 characters (238 bits), and their keyed hash: HMAC-SHA256
 * under the pepper. A key is checked on every request, so a fast keyed hash, not a slow KDF: the key's own entropy is
 * what resists guessing, and the pepper keeps a stolen table of hashes useless on its own.
 */
@Component
class ApiKeySecrets {

    static final int RANDOM_CHARACTERS = 40;
    static final int PREFIX_LENGTH = 12;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyHash hash;
    private final String environment;

    ApiKeySecrets(ApiKeyProperties properties) {
        this.hash = new ApiKeyHash(properties.pepper());
        this.environment = properties.environment();
    }

    String newKey() {
        return "psk_" + environment + "_" + random(RANDOM_CHARACTERS);
    }

    static String newKeyId() {
        return "key_" + random(20);
    }

    byte[] hash(String key) {
        return hash.of(key);
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return text.toString();
    }
}
