package io.paystream.edge.apikey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code paystream.edge.api-keys.*}: off unless a service takes API keys (the facade). The pepper is the merchant
 * service's; the copy is refreshed every {@code refresh-interval}, and keys are refused once it is older than
 * {@code max-staleness}, so that a revocation holds within that time even while merchant-service is unreachable.
 * The edge's one client-credentials token ({@code scope}) both reads the keys and passes a key's calls on; when each
 * key was last used is reported every {@code usage-report-interval}.
 */
@ConfigurationProperties("paystream.edge.api-keys")
public record ApiKeyProperties(
        @DefaultValue("false") boolean enabled,
        String merchantsBaseUrl,
        String pepper,
        @DefaultValue("1s") Duration refreshInterval,
        @DefaultValue("5s") Duration maxStaleness,
        @DefaultValue("60s") Duration usageReportInterval,
        String tokenEndpoint,
        String clientId,
        String clientSecret,

        @DefaultValue("merchants:api-keys " + ApiKeyDelegation.SCOPE)
        String scope) {

    @Override
    public String toString() {
        return "ApiKeyProperties[enabled=" + enabled + ", merchantsBaseUrl=" + merchantsBaseUrl + ", secrets hidden]";
    }
}
