package io.paystream.edge.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * What a service states of its own security, as a bean: which scope each of its routes needs
 * ({@link Scopes#authority}). The edge builds the filter chain around it ({@link ResourceServer}).
 */
@FunctionalInterface
public interface ScopeRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

    /** Anything else the service puts in its chain, such as a filter right after authentication; none by default. */
    default void customize(HttpSecurity http) {}
}
