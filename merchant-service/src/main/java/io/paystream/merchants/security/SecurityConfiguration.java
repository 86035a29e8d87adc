package io.paystream.merchants.security;

import static io.paystream.edge.security.Roles.ADMIN;
import static io.paystream.edge.security.Scopes.authority;

import io.paystream.edge.security.Roles;
import io.paystream.edge.security.ScopeRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The operator API needs a user holding the realm role paystream-admin (a shopper's token, whatever its scopes, is a
 * 403); the internal reads need a service's client-credentials scope. The token checks are the edge's.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    ScopeRules scopeRules() {
        return routes -> routes.requestMatchers("/v1/admin/**")
                .hasAuthority(Roles.authority(ADMIN))
                .requestMatchers(HttpMethod.GET, "/internal/merchants/*/credentials")
                .hasAuthority(authority("merchants:credentials"))
                .requestMatchers(HttpMethod.GET, "/internal/api-keys")
                .hasAuthority(authority("merchants:api-keys"))
                .requestMatchers(HttpMethod.POST, "/internal/api-keys/usage")
                .hasAuthority(authority("merchants:api-keys"))
                .requestMatchers("/internal/**")
                .denyAll();
    }
}
