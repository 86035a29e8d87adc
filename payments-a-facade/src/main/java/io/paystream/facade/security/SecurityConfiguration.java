package io.paystream.facade.security;

import static io.paystream.edge.security.Scopes.authority;

import io.paystream.edge.apikey.KeyScope;
import io.paystream.edge.apikey.ShopperOrKeyScope;
import io.paystream.edge.security.ScopeRules;
import io.paystream.facade.ratelimit.RateLimitFilter;
import io.paystream.facade.web.Scopes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/**
 * The scope of each {@code /v1} route; the token checks, open operational endpoints and problem answers are the
 * edge's. The rate limit runs right after authentication, keyed by the token's subject.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    ScopeRules scopeRules(RateLimitFilter rateLimit) {
        return new ScopeRules() {
            @Override
            public void apply(
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
                routes.requestMatchers(HttpMethod.POST, "/v1/orders")
                        .hasAuthority(authority(Scopes.ORDERS_WRITE))
                        .requestMatchers(HttpMethod.GET, "/v1/orders", "/v1/orders/**")
                        .hasAuthority(authority(Scopes.ORDERS_READ))
                        .requestMatchers(HttpMethod.GET, "/v1/wallet/**")
                        .hasAuthority(authority(Scopes.WALLET_READ))
                        .requestMatchers("/v1/wallet/**")
                        .hasAuthority(authority(Scopes.WALLET_WRITE))
                        .requestMatchers(
                                "/v1/webhook-endpoints", "/v1/webhook-endpoints/**", "/v1/webhook-deliveries/**")
                        .access(new KeyScope(Scopes.WEBHOOKS_MANAGE))
                        .requestMatchers(HttpMethod.GET, "/v1/payments/*/audit")
                        .access(new ShopperOrKeyScope(Scopes.PAYMENTS_READ, Scopes.AUDIT_READ))
                        .requestMatchers(HttpMethod.GET, "/v1/payments", "/v1/payments/**")
                        .hasAuthority(authority(Scopes.PAYMENTS_READ))
                        .requestMatchers("/v1/payments", "/v1/payments/**")
                        .hasAuthority(authority(Scopes.PAYMENTS_WRITE));
            }

            @Override
            public void customize(HttpSecurity http) {
                http.addFilterAfter(rateLimit, BearerTokenAuthenticationFilter.class);
            }
        };
    }
}
