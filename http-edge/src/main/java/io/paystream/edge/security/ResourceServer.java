package io.paystream.edge.security;

import io.paystream.edge.apikey.ApiKeyDelegation;
import jakarta.servlet.DispatcherType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security every service has alike: a bearer JWT whose signature, expiry, issuer and audience Spring Boot checks
 * ({@code issuer-uri} and {@code audiences}; unsigned {@code alg: none} tokens never parse), verified once and then
 * remembered until it expires ({@link VerifiedTokens}); stateless, no CSRF or request cache; 401 and 403 as
 * problem+json with {@code WWW-Authenticate}. Health, info, Prometheus and the API description are open (in
 * production they are not routed from outside), every other actuator endpoint is closed, and a route no rule names
 * needs a valid token (so that an unknown route or method is a 404 or 405, not a 403). Behind the edge that checks
 * API keys, a call it passes on for a key is taken as that key's ({@link ApiKeyDelegation}).
 */
public class ResourceServer {

    /** How an API key is told from a JWT (ARCHITECTURE §11): a JWT never starts with it. */
    public static final String API_KEY_PREFIX = "psk_";

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

    private final AuthenticationManager apiKeys;

    public ResourceServer(JwtDecoder verifier, SecurityProblems problems) {
        this(verifier, problems, null);
    }

    /** With {@code apiKeys}, a bearer {@code psk_…} is an API key checked by it, any other bearer a JWT. */
    public ResourceServer(JwtDecoder verifier, SecurityProblems problems, AuthenticationManager apiKeys) {
        this.tokens = new VerifiedTokens(verifier);
        this.problems = problems;
        this.apiKeys = apiKeys;
    }

    /** The service's filter chain: its {@code rules} first, then the defaults above. */
    public SecurityFilterChain secure(HttpSecurity http, ScopeRules rules) throws Exception {
        rules.customize(http);
        // The edge that checks keys itself (the public one) takes none passed on: from outside, such headers are a
        // forgery, and only the services behind it hear its calls.
        if (apiKeys == null) {
            http.addFilterAfter(new ApiKeyDelegation(problems), BearerTokenAuthenticationFilter.class);
        }
        return http.authorizeHttpRequests(routes -> {
                    // An error rendered after a failure keeps its own status and problem body.
                    routes.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    routes.requestMatchers(OPEN).permitAll();
                    rules.apply(routes);
                    routes.requestMatchers("/actuator/**").denyAll();
                    routes.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server ->
                        bearer(server).authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    private OAuth2ResourceServerConfigurer<HttpSecurity> bearer(OAuth2ResourceServerConfigurer<HttpSecurity> server) {
        if (apiKeys == null) {
            return server.jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(authorities));
        }
        JwtAuthenticationProvider jwts = new JwtAuthenticationProvider(tokens);
        jwts.setJwtAuthenticationConverter(authorities);
        AuthenticationManager byPrefix = bearer -> bearer instanceof BearerTokenAuthenticationToken token
                        && token.getToken().startsWith(API_KEY_PREFIX)
                ? apiKeys.authenticate(bearer)
                : jwts.authenticate(bearer);
        return server.authenticationManagerResolver(request -> byPrefix);
    }
}
