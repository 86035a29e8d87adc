package io.paystream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm file is imported once into a fresh Keycloak, so a mistake in it shows only on a clean
 * machine. These checks hold what ARCHITECTURE §3 asks of the local IdP.
 */
class RealmFileTests {

    private static final List<String> USER_SCOPES =
            List.of("orders:read", "orders:write", "wallet:read", "wallet:write", "payments:read", "payments:write");

    private final JsonNode realm = JsonMapper.builder()
            .build()
            .readTree(RealmFileTests.class.getResourceAsStream("/keycloak/paystream-realm.json"));

    @Test
    void realmIsPaystream() {
        assertThat(realm.path("realm").asString()).isEqualTo(Keycloak.REALM);
    }

    @Test
    void cliClientGetsOnlyTheUserScopesItAsksForAndNeverTheInternalOne() {
        JsonNode cli = client("paystream-cli");

        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(texts(cli.path("defaultClientScopes")))
                .doesNotContainAnyElementsOf(USER_SCOPES)
                .doesNotContain("wallet:internal");
        assertThat(texts(cli.path("optionalClientScopes")))
                .containsAll(USER_SCOPES)
                .containsOnlyOnceElementsOf(USER_SCOPES)
                .hasSize(USER_SCOPES.size() + 1)
                .contains("operator")
                .doesNotContain("wallet:internal");
    }

    @Test
    void orchestratorClientHasClientCredentialsForTheInternalScopeOnly() {
        JsonNode orchestrator = client("payments-orchestrator");

        assertThat(orchestrator.path("publicClient").asBoolean()).isFalse();
        assertThat(orchestrator.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(texts(orchestrator.path("defaultClientScopes")))
                .contains("wallet:internal")
                .doesNotContainAnyElementsOf(USER_SCOPES);
    }

    @Test
    void everyTokenCarriesTheSubjectAndThePaystreamAudience() {
        // Declaring clientScopes stops Keycloak creating its built-in "basic" scope, and with it the sub claim.
        List<String> mappers = StreamSupport.stream(realm.path("clientScopes").spliterator(), false)
                .flatMap(scope ->
                        StreamSupport.stream(scope.path("protocolMappers").spliterator(), false))
                .map(mapper -> mapper.path("protocolMapper").asString() + ":"
                        + mapper.path("config").path("included.custom.audience").asString(""))
                .toList();

        assertThat(mappers).contains("oidc-sub-mapper:", "oidc-audience-mapper:paystream-api");
        assertThat(texts(client("paystream-cli").path("defaultClientScopes"))).contains("basic");
        assertThat(texts(client("payments-orchestrator").path("defaultClientScopes")))
                .contains("basic");
    }

    @Test
    void aliceBobAndTheOperatorCanSignInWithTheirDocumentedPasswords() {
        assertThat(StreamSupport.stream(realm.path("users").spliterator(), false)
                        .map(user -> user.path("username").asString() + "/"
                                + user.path("credentials").path(0).path("value").asString()))
                .containsExactlyInAnyOrder("alice/alice-password", "bob/bob-password", "ops/ops-password");
    }

    @Test
    void eachStorefrontNamesItsMerchantInEveryToken() {
        assertThat(merchantClaim(client("paystream-cli"))).isEqualTo("mer_demo");
        assertThat(merchantClaim(client("acme-web"))).isEqualTo("mer_acme");
        assertThat(texts(client("acme-web").path("optionalClientScopes")))
                .containsExactlyInAnyOrderElementsOf(USER_SCOPES);
    }

    @Test
    void onlyTheOperatorHoldsTheAdminRoleAndItReachesTokensThroughTheOperatorScope() {
        assertThat(StreamSupport.stream(realm.path("users").spliterator(), false)
                        .filter(user -> texts(user.path("realmRoles")).contains("paystream-admin"))
                        .map(user -> user.path("username").asString()))
                .containsExactly("ops");
        assertThat(realm.path("scopeMappings").path(0).path("clientScope").asString())
                .isEqualTo("operator");
        assertThat(texts(realm.path("scopeMappings").path(0).path("roles"))).containsExactly("paystream-admin");
        assertThat(texts(client("paystream-cli").path("optionalClientScopes"))).contains("operator");
        assertThat(texts(client("acme-web").path("optionalClientScopes"))).doesNotContain("operator");
    }

    @Test
    void servicesGetTheMerchantServicesInternalScopesByClientCredentials() {
        assertThat(texts(client("payment-platform").path("defaultClientScopes")))
                .containsExactly("basic", "merchants:credentials");
        assertThat(texts(client("wallet-service").path("defaultClientScopes")))
                .containsExactly("basic", "merchants:credentials");
        assertThat(texts(client("payments-facade").path("defaultClientScopes")))
                .containsExactly("basic", "merchants:api-keys", "api-keys:act");
        for (String storefront : List.of("paystream-cli", "acme-web")) {
            assertThat(texts(client(storefront).path("optionalClientScopes")))
                    .doesNotContain("merchants:credentials", "merchants:api-keys", "api-keys:act");
        }
    }

    private static String merchantClaim(JsonNode client) {
        return StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                .filter(mapper ->
                        mapper.path("config").path("claim.name").asString().equals("merchant_id"))
                .map(mapper -> mapper.path("config").path("claim.value").asString())
                .findFirst()
                .orElseThrow();
    }

    private JsonNode client(String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> client.path("clientId").asString().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }
}
