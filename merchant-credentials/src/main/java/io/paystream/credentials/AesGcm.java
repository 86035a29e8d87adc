package io.paystream.credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM with a random 96-bit nonce per message and the merchant id as associated data. */
final class AesGcm {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {}

    static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static byte[] randomNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext, String merchantId) {
        return run(Cipher.ENCRYPT_MODE, key, nonce, plaintext, merchantId);
    }

    static byte[] decrypt(byte[] key, byte[] nonce, byte[] ciphertext, String merchantId) {
        return run(Cipher.DECRYPT_MODE, key, nonce, ciphertext, merchantId);
    }

    /** The nonce followed by the ciphertext: the form a wrapped key is kept in. */
    static byte[] encryptWithNonce(byte[] key, byte[] plaintext, String merchantId) {
        byte[] nonce = randomNonce();
        byte[] ciphertext = encrypt(key, nonce, plaintext, merchantId);
        byte[] both = Arrays.copyOf(nonce, NONCE_BYTES + ciphertext.length);
        System.arraycopy(ciphertext, 0, both, NONCE_BYTES, ciphertext.length);
        return both;
    }

    static byte[] decryptWithNonce(byte[] key, byte[] nonceAndCiphertext, String merchantId) {
        if (nonceAndCiphertext.length <= NONCE_BYTES) {
            throw new CredentialsUnreadable("a wrapped key of " + nonceAndCiphertext.length + " bytes");
        }
        return decrypt(
                key,
                Arrays.copyOf(nonceAndCiphertext, NONCE_BYTES),
                Arrays.copyOfRange(nonceAndCiphertext, NONCE_BYTES, nonceAndCiphertext.length),
                merchantId);
    }

    private static byte[] run(int mode, byte[] key, byte[] nonce, byte[] input, String merchantId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(merchantId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A failed tag check lands here: wrong key, other merchant, or changed bytes. The message names none.
            throw new CredentialsUnreadable("AES-GCM refused the sealed bytes for " + merchantId, e);
        }
    }
}
