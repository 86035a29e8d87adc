package io.paystream.credentials.client;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code paystream.merchants.*}: where merchant-service is and who this service is to it (its client-credentials
 * client at the IdP, asking for {@code scope}).
 */
@ConfigurationProperties("paystream.merchants")
public record MerchantServiceProperties(
        String baseUrl,
        String tokenEndpoint,
        String clientId,
        String clientSecret,
        @DefaultValue("merchants:credentials") String scope) {

    @Override
    public String toString() {
        return "MerchantServiceProperties[" + baseUrl + ", client " + clientId + ", secret hidden]";
    }
}
