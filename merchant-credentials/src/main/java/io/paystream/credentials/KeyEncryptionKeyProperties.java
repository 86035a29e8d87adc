package io.paystream.credentials;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code paystream.kek.*}: where the key-encryption key comes from. {@code local} (the default) is a key file for the
 * local stack and tests; {@code kms} is AWS KMS, with {@code kms-key-id} the key's ARN. Only the service that seals
 * (merchant-service) sets {@code create-if-missing}: it makes the key file on its first start.
 */
@ConfigurationProperties("paystream.kek")
public record KeyEncryptionKeyProperties(Provider provider, Path localFile, String kmsKeyId, boolean createIfMissing) {

    public KeyEncryptionKeyProperties {
        provider = provider == null ? Provider.LOCAL : provider;
        localFile = localFile == null ? Path.of(".paystream", "key-encryption-keys.json") : localFile;
    }

    public enum Provider {
        LOCAL,
        KMS
    }
}
