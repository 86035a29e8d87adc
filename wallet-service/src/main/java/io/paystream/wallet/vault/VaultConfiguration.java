package io.paystream.wallet.vault;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the Braintree client from {@link BraintreeProperties}. */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

    static {
        // HttpURLConnection silently re-sends a POST whose connection closed unanswered: a second vaulting.
        System.setProperty("sun.net.http.retryPost", "false");
    }

    @Bean
    Vault vault(BraintreeProperties properties) {
        Environment environment = switch (properties.environment()) {
            case "sandbox" -> Environment.SANDBOX;
            case "production" -> Environment.PRODUCTION;
            default -> new Environment(properties.baseUrl(), properties.baseUrl(), new String[0], "custom");
        };
        var braintree = new BraintreeGateway(
                environment, properties.merchantId(), properties.publicKey(), properties.privateKey());
        braintree.getConfiguration().setTimeout((int) properties.timeout().toMillis());
        return new BraintreeVault(braintree);
    }
}
