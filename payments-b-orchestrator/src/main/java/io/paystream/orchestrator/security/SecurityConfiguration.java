package io.paystream.orchestrator.security;

import static io.paystream.edge.security.Scopes.authority;

import io.paystream.edge.security.ScopeRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The payments scope of each route (ARCHITECTURE §3); the token checks and problem answers are the edge's. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    ScopeRules scopeRules() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/v1/payments", "/v1/payments/**")
                .hasAuthority(authority("payments:read"))
                .requestMatchers("/v1/payments", "/v1/payments/**")
                .hasAuthority(authority("payments:write"));
    }
}
