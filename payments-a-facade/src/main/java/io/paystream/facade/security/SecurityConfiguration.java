package io.paystream.facade.security;

import static io.paystream.facade.web.Scopes.authority;

import io.paystream.facade.ratelimit.RateLimitFilter;
import io.paystream.facade.web.Scopes;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every {@code /v1} call needs a bearer JWT whose signature, expiry, issuer and audience Spring Boot checks
 * ({@code issuer-uri} and {@code audiences} in application.yml; unsigned {@code alg: none} tokens never parse) and
 * the scope of its endpoint; a verified token is remembered until it expires ({@link VerifiedTokens}). The rate limit
 * runs right after authentication, keyed by the token's subject.
 * Health, metrics, the API description and Swagger UI are open: in production they are not routed from outside.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(
            HttpSecurity http, SecurityProblems problems, RateLimitFilter rateLimit, JwtDecoder verifier)
            throws Exception {
        return http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/v1/orders")
                        .hasAuthority(authority(Scopes.ORDERS_WRITE))
                        .requestMatchers(HttpMethod.GET, "/v1/orders/**")
                        .hasAuthority(authority(Scopes.ORDERS_READ))
                        .requestMatchers(HttpMethod.GET, "/v1/wallet/**")
                        .hasAuthority(authority(Scopes.WALLET_READ))
                        .requestMatchers("/v1/wallet/**")
                        .hasAuthority(authority(Scopes.WALLET_WRITE))
                        .requestMatchers(HttpMethod.GET, "/v1/payments", "/v1/payments/**")
                        .hasAuthority(authority(Scopes.PAYMENTS_READ))
                        .requestMatchers("/v1/payments", "/v1/payments/**")
                        .hasAuthority(authority(Scopes.PAYMENTS_WRITE))
                        .requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(new VerifiedTokens(verifier)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAfter(rateLimit, BearerTokenAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
