package io.paystream.merchants.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paystream.edge.apikey.ApiKeyAuthentication;
import io.paystream.edge.apikey.ApiKeyAuthenticator;
import io.paystream.edge.apikey.ApiKeyReplica;
import io.paystream.edge.apikey.ApiKeyUseReporter;
import io.paystream.edge.security.CheckUnavailable;
import io.paystream.merchants.MerchantServiceTestBase;
import io.paystream.servicetokens.ServiceTokens;
import io.paystream.testsupport.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.web.client.RestClient;

/**
 * The edge's side of API keys (http-edge's {@link ApiKeyReplica} and {@link ApiKeyAuthenticator}) against this
 * service's real change feed: what an edge knows after a refresh, and what it refuses.
 */
class EdgeCopyOfKeysTests extends MerchantServiceTestBase {

    private static final Duration MAX_STALENESS = Duration.ofSeconds(5);

    private final MovableClock clock = new MovableClock();
    private ApiKeyReplica replica;
    private ApiKeyAuthenticator authenticator;
    private ApiKeyUseReporter uses;

    @BeforeEach
    void edge() {
        RestClient http = RestClient.create();
        ServiceTokens tokens = new ServiceTokens(
                http,
                new ServiceTokens.Client(idp.tokenEndpoint(), "payments-facade", "secret", "merchants:api-keys"),
                Clock.systemUTC());
        idp.issueNextClientCredentials("payments-facade", "merchants:api-keys");
        RestClient merchantService =
                http.mutate().baseUrl("http://localhost:" + port).build();
        replica = new ApiKeyReplica(merchantService, tokens, Duration.ofSeconds(1), clock);
        uses = new ApiKeyUseReporter(merchantService, tokens, Duration.ofMinutes(1), clock);
        authenticator = new ApiKeyAuthenticator(replica, PEPPER, MAX_STALENESS, clock, uses::used);
    }

    @Test
    void aKeyIsKnownAfterARefreshWithItsMerchantAndScopesAndRefusedOnceRevoked() {
        String merchant = createMerchant("private_edge_1");
        var issued = asOperator(
                "POST",
                "/v1/admin/merchants/" + merchant + "/api-keys",
                "{\"name\": \"order team\", \"scopes\": [\"payments:write\", \"orders:read\"]}");
        String key = issued.json().path("key").asString();
        replica.refresh();

        ApiKeyAuthentication caller = (ApiKeyAuthentication) authenticator.authenticate(bearer(key));

        assertThat(caller.getPrincipal().merchantId()).isEqualTo(merchant);
        assertThat(caller.getPrincipal().keyId())
                .isEqualTo(issued.json().path("id").asString());
        assertThat(caller.getAuthorities().stream().map(GrantedAuthority::getAuthority))
                .containsExactlyInAnyOrder("SCOPE_payments:write", "SCOPE_orders:read");

        asOperator("DELETE", "/v1/admin/merchants/" + merchant + "/api-keys/" + caller.getName(), null);
        replica.refresh();

        assertThatThrownBy(() -> authenticator.authenticate(bearer(key)))
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageNotContaining(key.substring(12));
    }

    @Test
    void malformedUnknownAndExpiredKeysAreRefusedAlike() {
        String merchant = createMerchant("private_edge_2");
        String expiring = asOperator(
                        "POST",
                        "/v1/admin/merchants/" + merchant + "/api-keys",
                        "{\"name\": \"short\", \"scopes\": [\"payments:read\"], \"expiresAt\": \""
                                + Instant.now().plus(Duration.ofHours(1)) + "\"}")
                .json()
                .path("key")
                .asString();
        replica.refresh();
        assertThat(authenticator.authenticate(bearer(expiring)).isAuthenticated())
                .isTrue();

        ApiKeyAuthenticator twoHoursLater = new ApiKeyAuthenticator(
                replica, PEPPER, MAX_STALENESS, Clock.offset(Clock.systemUTC(), Duration.ofHours(2)), caller -> {});
        for (String refused : new String[] {
            "psk_test_short", "psk_test_" + "A".repeat(40), "psk_TEST_" + expiring.substring(9), expiring + "x"
        }) {
            assertThatThrownBy(() -> authenticator.authenticate(bearer(refused)))
                    .as(refused)
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
        assertThatThrownBy(() -> twoHoursLater.authenticate(bearer(expiring)))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aCopyOlderThanFiveSecondsRefusesKeysAsUnavailableRatherThanKnowingNoRevocation() {
        String merchant = createMerchant("private_edge_3");
        String key = teamKey(merchant);
        assertThatThrownBy(() -> authenticator.authenticate(bearer(key))).isInstanceOf(CheckUnavailable.class);
        replica.refresh();
        assertThat(authenticator.authenticate(bearer(key)).isAuthenticated()).isTrue();

        clock.move(MAX_STALENESS.plusMillis(1));

        assertThatThrownBy(() -> authenticator.authenticate(bearer(key))).isInstanceOf(CheckUnavailable.class);
    }

    @Test
    void whenAKeyWasLastUsedReachesTheOperatorsListWithTheNextReportAndNeverMovesBack() {
        String merchant = createMerchant("private_edge_4");
        String key = teamKey(merchant);
        replica.refresh();
        uses.report();
        assertThat(lastUsedAt(merchant).isNull()).as("before any use").isTrue();

        authenticator.authenticate(bearer(key));
        Instant used = clock.instant();
        uses.report();

        Instant listed = Instant.parse(lastUsedAt(merchant).asString());
        assertThat(listed).isBetween(used.minusSeconds(1), used.plusSeconds(1));
        clock.move(Duration.ofMinutes(-10));
        authenticator.authenticate(bearer(key));
        uses.report();
        assertThat(Instant.parse(lastUsedAt(merchant).asString())).isEqualTo(listed);
    }

    private String teamKey(String merchant) {
        return asOperator(
                        "POST",
                        "/v1/admin/merchants/" + merchant + "/api-keys",
                        "{\"name\": \"team\", \"scopes\": [\"payments:read\"]}")
                .json()
                .path("key")
                .asString();
    }

    private tools.jackson.databind.JsonNode lastUsedAt(String merchant) {
        return asOperator("GET", "/v1/admin/merchants/" + merchant + "/api-keys", null)
                .json()
                .path(0)
                .path("lastUsedAt");
    }

    private static BearerTokenAuthenticationToken bearer(String key) {
        return new BearerTokenAuthenticationToken(key);
    }
}
