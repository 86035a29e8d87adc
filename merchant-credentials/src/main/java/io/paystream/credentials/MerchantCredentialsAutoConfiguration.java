package io.paystream.credentials;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.kms.KmsClient;

/** The key-encryption key of {@code paystream.kek.*} and the {@link Envelope} that uses it. */
@AutoConfiguration
@EnableConfigurationProperties(KeyEncryptionKeyProperties.class)
public class MerchantCredentialsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KeyEncryptionKey keyEncryptionKey(KeyEncryptionKeyProperties properties) {
        return switch (properties.provider()) {
            case LOCAL -> LocalKeyFile.open(properties.localFile(), Clock.systemUTC());
            case KMS -> {
                if (properties.kmsKeyId() == null || properties.kmsKeyId().isBlank()) {
                    throw new IllegalStateException("paystream.kek.provider=kms needs paystream.kek.kms-key-id");
                }
                // Region and credentials from the task's environment and role, as every AWS SDK client here.
                yield new KmsKeyEncryptionKey(KmsClient.create(), properties.kmsKeyId());
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    Envelope envelope(KeyEncryptionKey keyEncryptionKey) {
        return new Envelope(keyEncryptionKey);
    }
}
