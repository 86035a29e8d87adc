package io.paystream.edge.security;

/**
 * A merchant's own server calling with an API key (ARCHITECTURE §11): it acts for its merchant across all of that
 * merchant's customers. Only the key's id is kept, never its secret.
 */
public record ApiKeyCaller(String keyId, String merchantId) implements Caller {

    /** What a key id looks like ({@code key_} and up to 64 letters and digits), wherever one is read. */
    public static final String KEY_ID_PATTERN = "key_[0-9A-Za-z]{1,64}";

    /** A key owns its Idempotency-Keys: {@code <merchant>/key/<key id>}, never a customer's. */
    @Override
    public String idempotencyScope() {
        return merchantId + "/key/" + keyId;
    }
}
