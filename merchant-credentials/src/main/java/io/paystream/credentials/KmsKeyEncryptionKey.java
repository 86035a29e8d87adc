package io.paystream.credentials;

import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * AWS KMS as the key-encryption key: a data key is wrapped by {@code Encrypt} under the configured key and unwrapped by
 * {@code Decrypt}, which finds the key from the ciphertext itself, so data keys wrapped by an earlier key still open
 * while the task role may decrypt with it. The merchant id is the encryption context, logged by CloudTrail.
 */
public final class KmsKeyEncryptionKey implements KeyEncryptionKey {

    private static final String CONTEXT = "merchantId";

    private final KmsClient kms;
    private final String keyId;

    public KmsKeyEncryptionKey(KmsClient kms, String keyId) {
        this.kms = kms;
        this.keyId = keyId;
    }

    @Override
    public String currentKeyId() {
        return keyId;
    }

    @Override
    public WrappedKey wrap(byte[] dataKey, String merchantId) {
        EncryptResponse encrypted = kms.encrypt(request -> request.keyId(keyId)
                .plaintext(SdkBytes.fromByteArray(dataKey))
                .encryptionContext(Map.of(CONTEXT, merchantId)));
        // KMS answers the key's ARN, which is what the configured id is (docs/deploy.md), so a rotation is told apart.
        return new WrappedKey(encrypted.keyId(), encrypted.ciphertextBlob().asByteArray());
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped, String merchantId) {
        try {
            DecryptResponse decrypted = kms.decrypt(request -> request.keyId(wrapped.keyId())
                    .ciphertextBlob(SdkBytes.fromByteArray(wrapped.bytes()))
                    .encryptionContext(Map.of(CONTEXT, merchantId)));
            return decrypted.plaintext().asByteArray();
        } catch (KmsException e) {
            throw new CredentialsUnreadable("KMS refused to unwrap the data key of " + merchantId, e);
        }
    }
}
