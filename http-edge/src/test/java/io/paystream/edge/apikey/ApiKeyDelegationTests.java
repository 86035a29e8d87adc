package io.paystream.edge.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.edge.security.ApiKeyCaller;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class ApiKeyDelegationTests {

    private final ApiKeyDelegation delegation =
            new ApiKeyDelegation((request, response, denied) -> response.setStatus(403));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theEdgesCallForAKeyActsWithTheKeysMerchantAndScopesNotTheEdges() throws Exception {
        MockHttpServletResponse response = call(delegated("SCOPE_api-keys:act"), "payments:read payments:write");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(seen.getPrincipal()).isEqualTo(new ApiKeyCaller("key_abc", "mer_acme"));
        assertThat(AuthorityUtils.authorityListToSet(seen.getAuthorities()))
                .containsExactlyInAnyOrder("SCOPE_payments:read", "SCOPE_payments:write");
    }

    @Test
    void keyHeadersFromACallerWithoutTheDelegationScopeAreRefused() throws Exception {
        MockHttpServletResponse response = call(delegated("SCOPE_payments:write"), "payments:write");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(seen).isNull();
    }

    @Test
    void aScopeNoKeyMayHoldIsNotBelieved() throws Exception {
        assertThat(call(delegated("SCOPE_api-keys:act"), "payments:read wallet:internal")
                        .getStatus())
                .isEqualTo(403);
        assertThat(seen).isNull();
    }

    @Test
    void withoutKeyHeadersTheTokenIsTheCaller() throws Exception {
        Authentication token = delegated("SCOPE_payments:read");
        SecurityContextHolder.getContext().setAuthentication(token);

        delegation.doFilter(new MockHttpServletRequest("GET", "/v1/payments"), new MockHttpServletResponse(), chain());

        assertThat(seen).isSameAs(token);
    }

    @Test
    void theHeadersTheEdgeWritesAreTheOnesItReads() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        ApiKeyDelegation.describe(
                new ApiKeyAuthentication(new ApiKeyCaller("key_abc", "mer_acme"), List.of("orders:read")), headers);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v1/orders");
        headers.forEach((name, values) -> values.forEach(value -> request.addHeader(name, value)));
        SecurityContextHolder.getContext().setAuthentication(delegated("SCOPE_api-keys:act"));

        delegation.doFilter(request, new MockHttpServletResponse(), chain());

        assertThat(seen.getPrincipal()).isEqualTo(new ApiKeyCaller("key_abc", "mer_acme"));
        assertThat(AuthorityUtils.authorityListToSet(seen.getAuthorities())).containsExactly("SCOPE_orders:read");
    }

    private Authentication seen;

    private MockHttpServletResponse call(Authentication edge, String scopes) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(edge);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v1/payments");
        request.addHeader(ApiKeyDelegation.KEY_ID, "key_abc");
        request.addHeader(ApiKeyDelegation.MERCHANT_ID, "mer_acme");
        request.addHeader(ApiKeyDelegation.KEY_SCOPES, scopes);
        MockHttpServletResponse response = new MockHttpServletResponse();
        delegation.doFilter(request, response, chain());
        return response;
    }

    private MockFilterChain chain() {
        return new MockFilterChain(
                new jakarta.servlet.http.HttpServlet() {},
                (request, response, next) ->
                        seen = SecurityContextHolder.getContext().getAuthentication());
    }

    private static Authentication delegated(String authority) {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("service-account-payments-facade")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        return new JwtAuthenticationToken(jwt, AuthorityUtils.createAuthorityList(authority));
    }
}
