package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class IdentityStackTests {

    static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedApp.template(stacks -> stacks.foundation().identity());
    }

    @Test
    void resourceServerHasExactlyTheScopesOfTheArchitecture() {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> scopes =
                (List<Map<String, String>>) TemplateQueries.properties(template, "AWS::Cognito::UserPoolResourceServer")
                        .values()
                        .iterator()
                        .next()
                        .get("Scopes");

        assertThat(scopes)
                .map(scope -> scope.get("ScopeName"))
                .containsExactlyInAnyOrder(
                        "orders:read",
                        "orders:write",
                        "wallet:read",
                        "wallet:write",
                        "payments:read",
                        "payments:write",
                        "wallet:internal",
                        "merchants:credentials",
                        "merchants:api-keys",
                        "api-keys:act");
        template.hasResourceProperties(
                "AWS::Cognito::UserPoolResourceServer", Map.of("Identifier", ApiScope.RESOURCE_SERVER));
    }

    @Test
    void checkoutClientIsPublicUsesTheCodeFlowAndCannotAskForTheInternalScope() {
        List<Object> customerScopes = Arrays.stream(ApiScope.values())
                .filter(ApiScope::forCustomers)
                .map(scope -> scopeOf(scope.scopeName()))
                .toList();
        template.hasResourceProperties(
                "AWS::Cognito::UserPoolClient",
                Map.of(
                        "ClientName",
                        "checkout",
                        "GenerateSecret",
                        false,
                        "AllowedOAuthFlows",
                        List.of("code"),
                        "AllowedOAuthScopes",
                        Match.arrayWith(customerScopes)));
        assertThat(client("checkout").get("AllowedOAuthScopes").toString())
                .contains("/payments:write")
                .doesNotContain("wallet:internal")
                .doesNotContain("merchants:");
    }

    @Test
    void orchestratorClientHasClientCredentialsForWalletInternalOnly() {
        template.hasResourceProperties(
                "AWS::Cognito::UserPoolClient",
                Map.of(
                        "ClientName",
                        "payments-orchestrator",
                        "GenerateSecret",
                        true,
                        "AllowedOAuthFlows",
                        List.of("client_credentials"),
                        "AllowedOAuthScopes",
                        List.of(scopeOf("wallet:internal"))));
        template.hasResourceProperties(
                "AWS::SecretsManager::Secret", Map.of("Name", "paystream/cognito/payments-orchestrator"));
    }

    @Test
    void userPoolIsKeptWhenTheStackGoes() {
        template.hasResource(
                "AWS::Cognito::UserPool",
                Map.of(
                        "DeletionPolicy",
                        "Retain",
                        "Properties",
                        Match.objectLike(Map.of("DeletionProtection", "ACTIVE"))));
    }

    @Test
    void platformAndWalletGetMerchantCredentialsAndTheFacadeApiKeysEachThroughItsOwnClient() {
        Map<String, List<String>> scopesOfClient = Map.of(
                "payment-platform", List.of("merchants:credentials"),
                "wallet-service", List.of("merchants:credentials"),
                "payments-facade", List.of("merchants:api-keys", "api-keys:act"));
        scopesOfClient.forEach((name, scopes) -> {
            template.hasResourceProperties(
                    "AWS::Cognito::UserPoolClient",
                    Map.of(
                            "ClientName",
                            name,
                            "GenerateSecret",
                            true,
                            "AllowedOAuthFlows",
                            List.of("client_credentials"),
                            "AllowedOAuthScopes",
                            scopes.stream().map(IdentityStackTests::scopeOf).toList()));
            template.hasResourceProperties("AWS::SecretsManager::Secret", Map.of("Name", "paystream/cognito/" + name));
        });
        assertThat(TemplateQueries.properties(template, "AWS::Cognito::UserPoolClient")
                        .values())
                .filteredOn(client -> client.get("AllowedOAuthFlows").equals(List.of("client_credentials")))
                .map(client -> (String) client.get("ClientName"))
                .containsExactlyInAnyOrder(
                        "payments-orchestrator", "payment-platform", "wallet-service", "payments-facade");
    }

    @Test
    void operatorsAreAGroupOfTheUserPoolAndSignInThroughTheirOwnPublicClient() {
        template.hasResourceProperties(
                "AWS::Cognito::UserPoolGroup",
                Map.of(
                        "GroupName",
                        "paystream-admin",
                        "UserPoolId",
                        Map.of("Ref", Match.stringLikeRegexp("Customers.*"))));
        template.hasResourceProperties(
                "AWS::Cognito::UserPoolClient",
                Map.of(
                        "ClientName",
                        "operators",
                        "GenerateSecret",
                        false,
                        "AllowedOAuthFlows",
                        List.of("code"),
                        "AllowedOAuthScopes",
                        List.of("openid", "email")));
    }

    /** A scope as Cognito's template spells it: the resource server's identifier (its Ref), a slash, the name. */
    private static Object scopeOf(String name) {
        return Map.of(
                "Fn::Join", List.of("", List.of(Map.of("Ref", Match.stringLikeRegexp("CustomersApi.*")), "/" + name)));
    }

    private static Map<String, Object> client(String name) {
        return TemplateQueries.properties(template, "AWS::Cognito::UserPoolClient").values().stream()
                .filter(client -> name.equals(client.get("ClientName")))
                .findFirst()
                .orElseThrow();
    }
}
