package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * The services set {@code spring.security.oauth2.resourceserver.jwt.authorities-claim-delimiter} to {@link
 * ServiceEnvironment#SCOPE_DELIMITER} on AWS; this is what Spring then makes of a Cognito access token's scopes.
 */
class ScopeDelimiterTests {

    private final JwtGrantedAuthoritiesConverter converter = new JwtGrantedAuthoritiesConverter();

    ScopeDelimiterTests() {
        converter.setAuthoritiesClaimDelimiter(ServiceEnvironment.SCOPE_DELIMITER);
    }

    @Test
    void cognitoResourceServerScopesBecomeTheAuthoritiesTheServicesCheck() {
        assertThat(authorities("paystream-api/payments:write openid paystream-api/orders:read email"))
                .contains("SCOPE_payments:write", "SCOPE_orders:read", "SCOPE_openid", "SCOPE_email")
                .noneMatch(authority -> authority.contains("paystream-api"));
    }

    @Test
    void aClientCredentialsTokenGetsTheInternalScope() {
        assertThat(authorities("paystream-api/wallet:internal")).contains("SCOPE_wallet:internal");
    }

    @Test
    void theMerchantServiceScopesKeepTheirHyphenAndColon() {
        assertThat(authorities("paystream-api/merchants:credentials paystream-api/merchants:api-keys"))
                .contains("SCOPE_merchants:credentials", "SCOPE_merchants:api-keys")
                .noneMatch(authority -> authority.contains("paystream-api"));
        assertThat(ApiScope.MERCHANTS_API_KEYS.qualified()).isEqualTo("paystream-api/merchants:api-keys");
    }

    @Test
    void localTokensWithPlainScopesStillWork() {
        assertThat(authorities("wallet:read wallet:write")).containsExactly("SCOPE_wallet:read", "SCOPE_wallet:write");
    }

    @Test
    void anotherResourceServersScopeIsNotMistakenForOurs() {
        assertThat(authorities("other-api/payments:write")).doesNotContain("SCOPE_payments:write");
    }

    private java.util.List<String> authorities(String scope) {
        Jwt jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .claim("scope", scope)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        return converter.convert(jwt).stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }
}
