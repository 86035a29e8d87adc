package io.paystream.orchestrator.wallet;

import io.paystream.servicetokens.ServiceTokens;
import java.time.Clock;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The orchestrator's HTTP client (the wallet lookup, the service token): Apache HttpClient 5, timeouts from
 * {@code spring.http.clients.*}. Apache's own pool allows five connections per host: in a burst, approvals would
 * queue inside the orchestrator for a connection to the wallet.
 */
@Configuration(proxyBeanMethods = false)
class HttpClientConfiguration {

    private static final int MAX_CONNECTIONS_PER_HOST = 200;

    @Bean
    ClientHttpRequestFactoryBuilder<?> httpClients() {
        return ClientHttpRequestFactoryBuilder.httpComponents()
                .withConnectionManagerCustomizer(pool -> pool.setMaxConnPerRoute(MAX_CONNECTIONS_PER_HOST)
                        .setMaxConnTotal(2 * MAX_CONNECTIONS_PER_HOST));
    }

    /** The orchestrator's own token for the wallet's internal scope. */
    @Bean
    ServiceTokens walletTokens(RestClient.Builder http, WalletProperties properties, Clock clock) {
        return new ServiceTokens(
                http.build(),
                new ServiceTokens.Client(
                        properties.tokenEndpoint(),
                        properties.clientId(),
                        properties.clientSecret(),
                        properties.scope()),
                clock);
    }
}
