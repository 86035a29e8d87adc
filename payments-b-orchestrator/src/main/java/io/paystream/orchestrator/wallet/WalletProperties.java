package io.paystream.orchestrator.wallet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the wallet is, and the orchestrator's client credentials at the issuer's token endpoint. */
@ConfigurationProperties("paystream.wallet")
public record WalletProperties(
        @DefaultValue("http://localhost:8082") String baseUrl,

        @DefaultValue("http://localhost:8180/realms/paystream/protocol/openid-connect/token")
        String tokenEndpoint,

        @DefaultValue("payments-orchestrator") String clientId,
        String clientSecret,
        @DefaultValue("wallet:internal") String scope) {}
