package io.paystream.edge.security;

import jakarta.servlet.DispatcherType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security every service has alike: a bearer JWT whose signature, expiry, issuer and audience Spring Boot checks
 * ({@code issuer-uri} and {@code audiences}; unsigned {@code alg: none} tokens never parse), verified once and then
 * remembered until it expires ({@link VerifiedTokens}); stateless, no CSRF or request cache; 401 and 403 as
 * problem+json with {@code WWW-Authenticate}. Health, info, Prometheus and the API description are open (in
 * production they are not routed from outside), every other actuator endpoint is closed, and a route no rule names
 * needs a valid token (so that an unknown route or method is a 404 or 405, not a 403).
 */
public class ResourceServer {

    private static final String[] OPEN = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    private final VerifiedTokens tokens;
    private final SecurityProblems problems;
    private final TokenAuthorities authorities = new TokenAuthorities();

    public ResourceServer(JwtDecoder verifier, SecurityProblems problems) {
        this.tokens = new VerifiedTokens(verifier);
        this.problems = problems;
    }

    /** The service's filter chain: its {@code rules} first, then the defaults above. */
    public SecurityFilterChain secure(HttpSecurity http, ScopeRules rules) throws Exception {
        rules.customize(http);
        return http.authorizeHttpRequests(routes -> {
                    // An error rendered after a failure keeps its own status and problem body.
                    routes.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    routes.requestMatchers(OPEN).permitAll();
                    rules.apply(routes);
                    routes.requestMatchers("/actuator/**").denyAll();
                    routes.anyRequest().authenticated();
                })
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(authorities))
                                .authenticationEntryPoint(problems)
                                .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
