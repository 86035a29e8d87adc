package io.paystream.wallet.vault;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Braintree is and who we are to it; {@code custom} with {@code baseUrl} is the local simulator. With
 * merchant-service configured the keys are each merchant's own, fetched again every {@code credentialsRefreshAfter};
 * the ones here serve the default merchant only when it is not.
 */
@ConfigurationProperties("paystream.braintree")
public record BraintreeProperties(
        @DefaultValue("custom") String environment,
        @DefaultValue("http://localhost:8089") String baseUrl,
        String merchantId,
        String publicKey,
        String privateKey,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("5m") Duration credentialsRefreshAfter) {}
