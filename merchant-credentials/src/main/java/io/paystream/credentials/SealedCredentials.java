package io.paystream.credentials;

/**
 * Credentials as they are stored and sent between services: the data key wrapped by {@code keyId}, the nonce, and the
 * credentials encrypted by the data key. Unreadable without the key-encryption key.
 */
public record SealedCredentials(String keyId, byte[] wrappedDataKey, byte[] nonce, byte[] ciphertext) {

    public WrappedKey wrappedKey() {
        return new WrappedKey(keyId, wrappedDataKey);
    }

    /** The same credentials under another wrapping of the same data key. */
    SealedCredentials rewrapped(WrappedKey key) {
        return new SealedCredentials(key.keyId(), key.bytes(), nonce, ciphertext);
    }
}
