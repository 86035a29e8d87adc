package io.paystream.credentials;

import io.paystream.credentials.client.MerchantCredentialsClient;
import io.paystream.credentials.client.MerchantServiceProperties;
import io.paystream.servicetokens.ServiceTokens;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The key-encryption key of {@code paystream.kek.*} and the {@link Envelope} that uses it, for a service that names its
 * {@code paystream.kek.provider}; and, where {@code paystream.merchants.base-url} is set, the client that fetches
 * sealed credentials from merchant-service and opens them.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "paystream.kek", name = "provider")
@EnableConfigurationProperties({KeyEncryptionKeyProperties.class, MerchantServiceProperties.class})
public class MerchantCredentialsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KeyEncryptionKey keyEncryptionKey(KeyEncryptionKeyProperties properties) {
        return switch (properties.provider()) {
            case LOCAL ->
                properties.createIfMissing()
                        ? LocalKeyFile.open(properties.localFile(), Clock.systemUTC())
                        : LocalKeyFile.existing(properties.localFile());
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

    /** Its own HTTP client, untraced: a fetch is rare (a gateway is cached per merchant) and no one's request. */
    @Bean
    @ConditionalOnProperty(prefix = "paystream.merchants", name = "base-url")
    @ConditionalOnMissingBean
    MerchantCredentialsClient merchantCredentialsClient(MerchantServiceProperties properties, Envelope envelope) {
        RestClient http = ServiceTokens.untracedClient(Duration.ofSeconds(5));
        ServiceTokens tokens = new ServiceTokens(
                http,
                new ServiceTokens.Client(
                        properties.tokenEndpoint(),
                        properties.clientId(),
                        properties.clientSecret(),
                        properties.scope()),
                Clock.systemUTC());
        return new MerchantCredentialsClient(
                http.mutate().baseUrl(properties.baseUrl()).build(), tokens, envelope);
    }
}
