package io.paystream.webhooks.security;

import io.paystream.edge.apikey.KeyScope;
import io.paystream.edge.security.Roles;
import io.paystream.edge.security.ScopeRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Endpoints and deliveries are a merchant key's, with {@code webhooks:manage} (ARCHITECTURE §14); a shopper's token
 * is a 403 whatever its scopes. The re-wrap after a key-encryption key rotation is an operator's (realm role
 * paystream-admin). The token checks, the key's delegation and the problem answers are the edge's.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    ScopeRules scopeRules() {
        KeyScope manage = new KeyScope("webhooks:manage");
        return routes -> routes.requestMatchers("/v1/admin/**")
                .hasAuthority(Roles.authority(Roles.ADMIN))
                .requestMatchers("/v1/webhook-endpoints", "/v1/webhook-endpoints/**")
                .access(manage)
                .requestMatchers("/v1/webhook-deliveries/**")
                .access(manage);
    }
}
