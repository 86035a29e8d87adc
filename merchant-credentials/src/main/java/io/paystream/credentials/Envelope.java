package io.paystream.credentials;

import java.util.Arrays;

/** Seals and opens a merchant's credentials with a fresh data key each time they are sealed. */
public final class Envelope {

    private final KeyEncryptionKey keyEncryptionKey;

    public Envelope(KeyEncryptionKey keyEncryptionKey) {
        this.keyEncryptionKey = keyEncryptionKey;
    }

    public SealedCredentials seal(String merchantId, byte[] plaintext) {
        byte[] dataKey = AesGcm.randomKey();
        try {
            byte[] nonce = AesGcm.randomNonce();
            byte[] ciphertext = AesGcm.encrypt(dataKey, nonce, plaintext, merchantId);
            WrappedKey wrapped = keyEncryptionKey.wrap(dataKey, merchantId);
            return new SealedCredentials(wrapped.keyId(), wrapped.bytes(), nonce, ciphertext);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    public byte[] open(String merchantId, SealedCredentials sealed) {
        byte[] dataKey = keyEncryptionKey.unwrap(sealed.wrappedKey(), merchantId);
        try {
            return AesGcm.decrypt(dataKey, sealed.nonce(), sealed.ciphertext(), merchantId);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Whether the credentials are wrapped by an earlier key than the current one. */
    public boolean needsRewrap(SealedCredentials sealed) {
        return !sealed.keyId().equals(keyEncryptionKey.currentKeyId());
    }

    /** The same ciphertext with its data key unwrapped by the key it was wrapped with and wrapped by the current one. */
    public SealedCredentials rewrap(String merchantId, SealedCredentials sealed) {
        byte[] dataKey = keyEncryptionKey.unwrap(sealed.wrappedKey(), merchantId);
        try {
            return sealed.rewrapped(keyEncryptionKey.wrap(dataKey, merchantId));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    public String currentKeyId() {
        return keyEncryptionKey.currentKeyId();
    }
}
