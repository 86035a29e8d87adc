package io.paystream.orchestrator.security;

import static io.paystream.edge.security.Scopes.authority;

import io.paystream.edge.apikey.ShopperOrKeyScope;
import io.paystream.edge.security.Roles;
import io.paystream.edge.security.ScopeRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The payments scope of each route (ARCHITECTURE §3), the audit's (§12: a shopper reads their own payment's with
 * {@code payments:read}, a key needs {@code audit:read}) and the operator's chain check; the token checks and problem
 * answers are the edge's.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    ScopeRules scopeRules() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/v1/payments/*/audit")
                .access(new ShopperOrKeyScope("payments:read", "audit:read"))
                .requestMatchers(HttpMethod.GET, "/v1/admin/merchants/*/audit/verify")
                .hasAuthority(Roles.authority(Roles.ADMIN))
                .requestMatchers(HttpMethod.GET, "/v1/payments", "/v1/payments/**")
                .hasAuthority(authority("payments:read"))
                .requestMatchers("/v1/payments", "/v1/payments/**")
                .hasAuthority(authority("payments:write"));
    }
}
