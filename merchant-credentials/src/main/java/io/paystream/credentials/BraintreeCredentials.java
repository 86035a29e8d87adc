package io.paystream.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * One merchant's Braintree API credentials and its merchant account per currency. {@link #toString} names none of
 * them, so that a log line or an exception message can never carry a key.
 */
public record BraintreeCredentials(
        String merchantId, String publicKey, String privateKey, Map<String, String> merchantAccounts) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public BraintreeCredentials {
        merchantAccounts = Map.copyOf(merchantAccounts);
    }

    public byte[] toBytes() {
        return JSON.writeValueAsBytes(this);
    }

    public static BraintreeCredentials fromBytes(byte[] bytes) {
        return JSON.readValue(bytes, BraintreeCredentials.class);
    }

    /**
     * What an operator sees instead of the keys: the first 16 hex digits of SHA-256 over the Braintree merchant id and
     * both keys, enough to tell two sets apart and to see that a rotation took, revealing nothing of them.
     */
    public String fingerprint() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String canonical =
                    merchantId + "\n" + publicKey + "\n" + privateKey + "\n" + new TreeMap<>(merchantAccounts);
            return HexFormat.of()
                    .formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return "BraintreeCredentials[merchantId=" + merchantId + ", keys hidden]";
    }
}
