package io.paystream.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;

class EdgeStackTests {

    static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedApp.template(Stacks::edge);
    }

    @Test
    void jwtAuthorizerTrustsOnlyTheUserPoolAndTheCheckoutClient() {
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Authorizer",
                Map.of(
                        "AuthorizerType",
                        "JWT",
                        "IdentitySource",
                        List.of("$request.header.Authorization"),
                        "JwtConfiguration",
                        Map.of(
                                "Issuer", MessagingStackTests.importOf("ProviderURL"),
                                "Audience", List.of(MessagingStackTests.importOf("CheckoutClient")))));
    }

    @Test
    void everyShopperOnlyRouteNeedsItsScopeAtTheGatewayAndNoOtherRouteExists() {
        template.resourceCountIs("AWS::ApiGatewayV2::Route", EdgeStack.ROUTES.size() + 1);
        for (EdgeStack.Route route : EdgeStack.ROUTES) {
            template.hasResourceProperties(
                    "AWS::ApiGatewayV2::Route",
                    route.takesApiKeys()
                            ? Map.of(
                                    "RouteKey",
                                    route.method() + " " + route.path(),
                                    "AuthorizationType",
                                    "NONE",
                                    "AuthorizationScopes",
                                    Match.absent())
                            : Map.of(
                                    "RouteKey",
                                    route.method() + " " + route.path(),
                                    "AuthorizationType",
                                    "JWT",
                                    "AuthorizationScopes",
                                    List.of(ApiScope.RESOURCE_SERVER + "/"
                                            + route.shopperScope().orElseThrow().scopeName())));
        }
        assertThat(EdgeStack.ROUTES).hasSize(24);
    }

    @Test
    void aMerchantsKeyReachesTheFacadeOnlyOnTheListsReadsFollowUpsAndWebhooksOfSections11To14() {
        assertThat(EdgeStack.ROUTES.stream()
                        .filter(EdgeStack.Route::takesApiKeys)
                        .map(route -> route.method() + " " + route.path()))
                .containsExactlyInAnyOrder(
                        "GET /v1/orders",
                        "GET /v1/orders/{orderId}",
                        "GET /v1/payments",
                        "GET /v1/payments/{paymentId}",
                        "GET /v1/payments/{paymentId}/audit",
                        "POST /v1/payments/{paymentId}/deposits",
                        "POST /v1/payments/{paymentId}/reversals",
                        "POST /v1/payments/{paymentId}/refunds",
                        "POST /v1/webhook-endpoints",
                        "GET /v1/webhook-endpoints",
                        "GET /v1/webhook-endpoints/{id}",
                        "PATCH /v1/webhook-endpoints/{id}",
                        "DELETE /v1/webhook-endpoints/{id}",
                        "POST /v1/webhook-endpoints/{id}/rotate-secret",
                        "GET /v1/webhook-endpoints/{id}/deliveries",
                        "POST /v1/webhook-endpoints/{id}/recover",
                        "POST /v1/webhook-deliveries/{id}/resend");
    }

    @Test
    void theWebhookRoutesAreForAKeyOnlyAndReachTheFacadeWithoutAnAuthorizer() {
        List<EdgeStack.Route> webhooks = EdgeStack.ROUTES.stream()
                .filter(route -> route.path().startsWith("/v1/webhook-"))
                .toList();

        assertThat(webhooks).hasSize(9).allSatisfy(route -> {
            assertThat(route.takesApiKeys()).isTrue();
            assertThat(route.shopperScope())
                    .as("%s %s", route.method(), route.path())
                    .isEmpty();
            template.hasResourceProperties(
                    "AWS::ApiGatewayV2::Route",
                    Map.of(
                            "RouteKey",
                            route.method() + " " + route.path(),
                            "AuthorizationType",
                            "NONE",
                            "AuthorizerId",
                            Match.absent(),
                            "Target",
                            Map.of(
                                    "Fn::Join",
                                    List.of(
                                            "",
                                            List.of(
                                                    "integrations/",
                                                    Map.of("Ref", Match.stringLikeRegexp("Api.*Facade.*")))))));
        });
        assertThat(EdgeStack.ROUTES)
                .filteredOn(route -> route.shopperScope().isEmpty())
                .containsExactlyElementsOf(webhooks);
    }

    @Test
    void aRouteThatAdmitsNeitherAShopperNorAKeyIsRefused() {
        assertThatThrownBy(() -> new EdgeStack.Route(HttpMethod.GET, "/v1/nobody", Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GET /v1/nobody");
    }

    @Test
    void operatorApiRouteAdmitsOnlyTheOperatorsClient() {
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Route",
                Map.of(
                        "RouteKey",
                        "ANY /v1/admin/{proxy+}",
                        "AuthorizationType",
                        "JWT",
                        "AuthorizerId",
                        Map.of("Ref", Match.stringLikeRegexp("ApiCognitoOperators.*")),
                        "AuthorizationScopes",
                        Match.absent()));
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Authorizer",
                Map.of(
                        "Name",
                        "cognito-operators",
                        "JwtConfiguration",
                        Map.of(
                                "Issuer", MessagingStackTests.importOf("ProviderURL"),
                                "Audience", List.of(MessagingStackTests.importOf("OperatorClient")))));
    }

    @Test
    void theWebhookServicesOperatorCallsTakeTheOperatorRouteToo() {
        // {proxy+} is greedy and no other route lies under /v1/admin/, so the re-wrap of the webhook service's
        // signing secrets gets the operators' authorizer and the same integration, which the load balancer's
        // /v1/admin/webhooks/* rule sends on to the webhook service.
        assertThat(EdgeStack.OPERATOR_API_ROUTE).isEqualTo("/v1/admin/{proxy+}");
        assertThat(EdgeStack.ROUTES).noneMatch(route -> route.path().startsWith("/v1/admin"));
        assertThat(TemplateQueries.properties(template, "AWS::ApiGatewayV2::Route")
                        .values())
                .map(route -> (String) route.get("RouteKey"))
                .filteredOn(key -> key.contains("/v1/admin"))
                .containsExactly("ANY /v1/admin/{proxy+}");
    }

    @Test
    void stageIsThrottled() {
        template.hasResourceProperties(
                "AWS::ApiGatewayV2::Stage",
                Map.of(
                        "StageName",
                        "$default",
                        "AutoDeploy",
                        true,
                        "DefaultRouteSettings",
                        Map.of("ThrottlingRateLimit", 200, "ThrottlingBurstLimit", 400),
                        "AccessLogSettings",
                        Match.objectLike(Map.of("Format", Match.stringLikeRegexp(".*routeKey.*")))));
    }

    @Test
    void facadeIsReachedThroughAVpcLinkToItsInternalLoadBalancer() {
        template.resourceCountIs("AWS::ApiGatewayV2::VpcLink", 1);
        template.allResourcesProperties(
                "AWS::ApiGatewayV2::Integration",
                Map.of(
                        "ConnectionType", "VPC_LINK",
                        "IntegrationType", "HTTP_PROXY",
                        "IntegrationUri", MessagingStackTests.importOf("FacadeLoadBalancer")));
    }
}
