package io.paystream.wallet.vault;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import io.paystream.credentials.BraintreeCredentials;
import io.paystream.credentials.client.MerchantCredentialsClient;
import io.paystream.credentials.client.PerMerchant;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each merchant's vault: with merchant-service configured ({@code paystream.merchants.base-url}) from the merchant's
 * own credentials, fetched sealed; without, the default merchant's alone on {@link BraintreeProperties}.
 */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

    static {
        // HttpURLConnection silently re-sends a POST whose connection closed unanswered: a second vaulting.
        System.setProperty("sun.net.http.retryPost", "false");
    }

    @Bean
    MerchantVaults vaults(BraintreeProperties properties, ObjectProvider<MerchantCredentialsClient> merchants) {
        BraintreeCredentials single = new BraintreeCredentials(
                properties.merchantId(), properties.publicKey(), properties.privateKey(), Map.of());
        return new MerchantVaults(new PerMerchant<>(
                PerMerchant.Credentials.of(merchants.getIfAvailable(), single),
                credentials -> vault(properties, credentials),
                properties.credentialsRefreshAfter(),
                Clock.systemUTC()));
    }

    private static Vault vault(BraintreeProperties properties, BraintreeCredentials credentials) {
        Environment environment = switch (properties.environment()) {
            case "sandbox" -> Environment.SANDBOX;
            case "production" -> Environment.PRODUCTION;
            default -> new Environment(properties.baseUrl(), properties.baseUrl(), new String[0], "custom");
        };
        var braintree = new BraintreeGateway(
                environment, credentials.merchantId(), credentials.publicKey(), credentials.privateKey());
        braintree.getConfiguration().setTimeout((int) properties.timeout().toMillis());
        return new BraintreeVault(braintree);
    }
}
