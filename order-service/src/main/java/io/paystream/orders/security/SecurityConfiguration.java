package io.paystream.orders.security;

import static io.paystream.edge.security.Scopes.authority;

import io.paystream.edge.security.ScopeRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The orders scope of each route (ARCHITECTURE §3); the token checks and problem answers are the edge's. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    ScopeRules scopeRules() {
        return routes -> routes.requestMatchers(HttpMethod.POST, "/v1/orders")
                .hasAuthority(authority("orders:write"))
                .requestMatchers(HttpMethod.GET, "/v1/orders", "/v1/orders/*")
                .hasAuthority(authority("orders:read"));
    }
}
