package io.paystream.orchestrator.security;

import io.paystream.orchestrator.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;

/** Scopes per endpoint (ARCHITECTURE §3); the token's issuer, audience, expiry and signature are checked by Boot. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, ProblemResponses problems) throws Exception {
        var entryPoint = new BearerTokenAuthenticationEntryPoint();
        var deniedHandler = new BearerTokenAccessDeniedHandler();
        return http.authorizeHttpRequests(requests -> requests
                        // An error rendered after a failure keeps its own status and problem body.
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/v1/payments", "/v1/payments/**")
                        .hasAuthority("SCOPE_payments:read")
                        .requestMatchers(HttpMethod.POST, "/v1/payments", "/v1/payments/**")
                        .hasAuthority("SCOPE_payments:write")
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint((request, response, failure) -> {
                            entryPoint.commence(request, response, failure);
                            problems.write(
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthorized",
                                    "A valid bearer token from the Paystream issuer is required");
                        })
                        .accessDeniedHandler((request, response, denied) -> {
                            deniedHandler.handle(request, response, denied);
                            problems.write(
                                    response,
                                    HttpStatus.FORBIDDEN,
                                    "insufficient-scope",
                                    "The token lacks the scope this endpoint needs");
                        }))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
