package io.paystream.platform.gateway;

import io.paystream.credentials.BraintreeCredentials;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Braintree gateway is and who we are to it. {@code environment} is {@code sandbox}, {@code
 * production}, or {@code custom} with {@code baseUrl} (the local simulator); the keys come from the
 * environment ({@code BRAINTREE_MERCHANT_ID}, {@code BRAINTREE_PUBLIC_KEY}, {@code BRAINTREE_PRIVATE_KEY}).
 * {@code merchantAccounts} names the Braintree merchant account for each ISO 4217 currency; a currency
 * without one is refused before anything is sent. After repeated unanswered calls the circuit opens and
 * nothing is sent for {@code circuitOpenFor}. With merchant-service configured the keys and accounts are each
 * merchant's own, fetched again every {@code credentialsRefreshAfter}; the ones here serve the default merchant only
 * when it is not.
 */
@ConfigurationProperties("paystream.braintree")
public record BraintreeProperties(
        @DefaultValue("custom") String environment,
        @DefaultValue("http://localhost:8089") String baseUrl,
        String merchantId,
        String publicKey,
        String privateKey,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("5s") Duration connectTimeout,
        Map<String, String> merchantAccounts,
        @DefaultValue("10s") Duration circuitOpenFor,
        @DefaultValue("5m") Duration credentialsRefreshAfter) {

    public BraintreeProperties {
        merchantAccounts = merchantAccounts == null ? Map.of() : Map.copyOf(merchantAccounts);
    }

    /** The keys and accounts above, as the default merchant's when merchant-service is not configured. */
    BraintreeCredentials defaultMerchantCredentials() {
        return new BraintreeCredentials(merchantId, publicKey, privateKey, merchantAccounts);
    }
}
