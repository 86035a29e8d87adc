package io.paystream.testsupport;

import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real OAuth 2.0 / OIDC issuer (mock-oauth2-server): discovery, JWKS and RS256-signed tokens with the
 * {@code sub}, {@code aud} and {@code scope} claims Paystream's services check.
 */
public final class OAuthServer implements AutoCloseable {

    /** The issuer id, the last path segment of the issuer URI (as a Keycloak realm is). */
    public static final String ISSUER_ID = "paystream";

    /** The audience every Paystream service accepts. */
    public static final String AUDIENCE = "paystream-api";

    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final MockOAuth2Server server;

    private OAuthServer(MockOAuth2Server server) {
        this.server = server;
    }

    public static OAuthServer startEphemeral() {
        MockOAuth2Server server = new MockOAuth2Server(
                new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(), Set.of(new ClientCredentials())));
        server.start();
        return new OAuthServer(server);
    }

    /** The value for {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
    public String issuerUri() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    public String tokenEndpoint() {
        return server.tokenEndpointUrl(ISSUER_ID).toString();
    }

    /** A bearer token for {@code subject} (the customer) holding {@code scopes}, valid for an hour. */
    public String token(String subject, String... scopes) {
        return token(TokenSpec.of(subject, scopes));
    }

    /** A bearer token shaped by {@code spec}, for the cases a test wants wrong on purpose. */
    public String token(TokenSpec spec) {
        Map<String, Object> claims = new HashMap<>(spec.claims());
        claims.put("scope", String.join(" ", spec.scopes()));
        claims.put("azp", spec.clientId());
        var callback = new DefaultOAuth2TokenCallback(
                spec.issuerId(),
                spec.subject(),
                "JWT",
                spec.audience(),
                claims,
                spec.lifetime().toSeconds());
        return server.issueToken(spec.issuerId(), spec.clientId(), callback).serialize();
    }

    /**
     * Shapes the next token the token endpoint issues (a client-credentials grant of a service under test): subject
     * {@code clientId}, audience {@value #AUDIENCE}, the given scopes.
     */
    public void issueNextClientCredentials(String clientId, String... scopes) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER_ID,
                clientId,
                "JWT",
                List.of(AUDIENCE),
                Map.of("scope", String.join(" ", scopes), "azp", clientId),
                DEFAULT_LIFETIME.toSeconds()));
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /**
     * What the token endpoint issues unless {@link #issueNextClientCredentials} shaped the next one: a service's
     * client-credentials token as Keycloak's realm gives it, subject and {@code azp} the client, audience
     * {@value #AUDIENCE}, and the scopes it asked for. So several services under test can each ask for their own, in
     * any order.
     */
    private static final class ClientCredentials implements OAuth2TokenCallback {

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            ClientAuthentication authentication = request.getClientAuthentication();
            return authentication != null
                    ? authentication.getClientID().getValue()
                    : request.getClientID() == null
                            ? "unknown-client"
                            : request.getClientID().getValue();
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return "JWT";
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return List.of(AUDIENCE);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            String scope = request.getScope() == null ? "" : request.getScope().toString();
            return Map.of("scope", scope, "azp", subject(request));
        }

        @Override
        public long tokenExpiry() {
            return DEFAULT_LIFETIME.toSeconds();
        }
    }

    /** What goes into a token; {@link #of} gives a valid one, the {@code with*} methods spoil one part. */
    public record TokenSpec(
            String issuerId,
            String subject,
            List<String> audience,
            List<String> scopes,
            String clientId,
            Duration lifetime,
            Map<String, Object> claims) {

        public static TokenSpec of(String subject, String... scopes) {
            return new TokenSpec(
                    ISSUER_ID,
                    subject,
                    List.of(AUDIENCE),
                    List.of(scopes),
                    "paystream-cli",
                    DEFAULT_LIFETIME,
                    Map.of());
        }

        /** A token of an operator: a user holding the realm roles {@code roles}, as Keycloak puts them. */
        public static TokenSpec operator(String subject, String... roles) {
            return of(subject).withClaim("realm_access", Map.of("roles", List.of(roles)));
        }

        public TokenSpec withClaim(String name, Object value) {
            Map<String, Object> more = new HashMap<>(claims);
            more.put(name, value);
            return new TokenSpec(issuerId, subject, audience, scopes, clientId, lifetime, Map.copyOf(more));
        }

        public TokenSpec withIssuerId(String otherIssuerId) {
            return new TokenSpec(otherIssuerId, subject, audience, scopes, clientId, lifetime, claims);
        }

        public TokenSpec withAudience(String... otherAudience) {
            return new TokenSpec(issuerId, subject, List.of(otherAudience), scopes, clientId, lifetime, claims);
        }

        public TokenSpec withClientId(String otherClientId) {
            return new TokenSpec(issuerId, subject, audience, scopes, otherClientId, lifetime, claims);
        }

        /** A negative lifetime gives a token that has already expired. */
        public TokenSpec withLifetime(Duration otherLifetime) {
            return new TokenSpec(issuerId, subject, audience, scopes, clientId, otherLifetime, claims);
        }
    }
}
