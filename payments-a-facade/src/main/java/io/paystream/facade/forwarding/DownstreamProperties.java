package io.paystream.facade.forwarding;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services behind the facade are, and how long to wait for them ({@code paystream.facade.downstream}).
 *
 * @param readTimeout how long an answer may take beyond the {@code Prefer: wait} the client asked for: a request with
 *     {@code wait=10} waits {@code 10 s + readTimeout}
 * @param retryAfter what a 503 tells the client to wait when a service is down
 */
@ConfigurationProperties("paystream.facade.downstream")
public record DownstreamProperties(
        @DefaultValue("http://localhost:8084") URI orders,
        @DefaultValue("http://localhost:8082") URI wallet,
        @DefaultValue("http://localhost:8081") URI payments,
        @DefaultValue("http://localhost:8087") URI webhooks,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("5s") Duration retryAfter) {

    public DownstreamProperties {
        for (URI base : new URI[] {orders, wallet, payments, webhooks}) {
            if (!base.isAbsolute() || base.getHost() == null) {
                throw new IllegalArgumentException("a downstream base URL must be absolute: " + base);
            }
        }
    }

    URI baseUrl(Downstream target) {
        return switch (target) {
            case ORDERS -> orders;
            case WALLET -> wallet;
            case PAYMENTS -> payments;
            case WEBHOOKS -> webhooks;
        };
    }
}
