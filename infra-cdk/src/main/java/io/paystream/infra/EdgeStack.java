package io.paystream.infra;

import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpAlbIntegration;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.apigatewayv2.VpcLink;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The public door: an HTTP API whose JWT authorizer checks the Cognito issuer, the checkout client and, per route,
 * the scope of §3 (except on the routes a merchant's API key may call, which the facade alone checks), throttled for
 * the whole stage, and forwarding through a VPC link to the internal load balancer.
 * The operator API ({@value #OPERATOR_API_ROUTE}, §11) has its own authorizer that admits the operators' client only;
 * the load balancer sends it to the merchant service (the audit checks to the orchestrator, {@code /v1/admin/webhooks/*}
 * to the webhook service), which checks the {@value IdentityStack#OPERATOR_GROUP} group (a JWT authorizer reads
 * scopes, not groups). Only these routes exist; anything else is a 404 at the edge.
 */
public final class EdgeStack extends Stack {

    /**
     * The public API of §3, §11, §12 and §14: method, path, the scope a shopper's token needs there (none where only a
     * merchant's API key may call), and whether a key may call it. A JWT authorizer cannot read a {@code psk_} key, so
     * those routes have none at the gateway: the facade checks the key or the token, its issuer, audience and scope
     * itself, as it does on every route.
     */
    record Route(HttpMethod method, String path, Optional<ApiScope> shopperScope, boolean takesApiKeys) {

        Route {
            if (shopperScope.isEmpty() && !takesApiKeys) {
                throw new IllegalArgumentException(method + " " + path + " admits neither a shopper nor a key");
            }
        }

        static Route shopper(HttpMethod method, String path, ApiScope scope) {
            return new Route(method, path, Optional.of(scope), false);
        }

        static Route shopperOrKey(HttpMethod method, String path, ApiScope scope) {
            return new Route(method, path, Optional.of(scope), true);
        }

        /** A merchant's own servers only (the webhooks of §14): the facade refuses a shopper's token there. */
        static Route keyOnly(HttpMethod method, String path) {
            return new Route(method, path, Optional.empty(), true);
        }
    }

    static final List<Route> ROUTES = List.of(
            Route.shopper(HttpMethod.POST, "/v1/orders", ApiScope.ORDERS_WRITE),
            Route.shopperOrKey(HttpMethod.GET, "/v1/orders", ApiScope.ORDERS_READ),
            Route.shopperOrKey(HttpMethod.GET, "/v1/orders/{orderId}", ApiScope.ORDERS_READ),
            Route.shopper(HttpMethod.GET, "/v1/wallet/payment-methods", ApiScope.WALLET_READ),
            Route.shopper(HttpMethod.POST, "/v1/wallet/payment-methods", ApiScope.WALLET_WRITE),
            Route.shopper(HttpMethod.GET, "/v1/wallet/payment-methods/{id}", ApiScope.WALLET_READ),
            Route.shopper(HttpMethod.PATCH, "/v1/wallet/payment-methods/{id}", ApiScope.WALLET_WRITE),
            Route.shopper(HttpMethod.DELETE, "/v1/wallet/payment-methods/{id}", ApiScope.WALLET_WRITE),
            Route.shopper(HttpMethod.POST, "/v1/payments", ApiScope.PAYMENTS_WRITE),
            Route.shopperOrKey(HttpMethod.GET, "/v1/payments", ApiScope.PAYMENTS_READ),
            Route.shopperOrKey(HttpMethod.GET, "/v1/payments/{paymentId}", ApiScope.PAYMENTS_READ),
            // A key needs audit:read there (§12), which the facade checks: no Cognito scope names a key's.
            Route.shopperOrKey(HttpMethod.GET, "/v1/payments/{paymentId}/audit", ApiScope.PAYMENTS_READ),
            Route.shopperOrKey(HttpMethod.POST, "/v1/payments/{paymentId}/deposits", ApiScope.PAYMENTS_WRITE),
            Route.shopperOrKey(HttpMethod.POST, "/v1/payments/{paymentId}/reversals", ApiScope.PAYMENTS_WRITE),
            Route.shopperOrKey(HttpMethod.POST, "/v1/payments/{paymentId}/refunds", ApiScope.PAYMENTS_WRITE),
            // A key with webhooks:manage (§14), which the facade checks before it forwards to the webhook service.
            Route.keyOnly(HttpMethod.POST, "/v1/webhook-endpoints"),
            Route.keyOnly(HttpMethod.GET, "/v1/webhook-endpoints"),
            Route.keyOnly(HttpMethod.GET, "/v1/webhook-endpoints/{id}"),
            Route.keyOnly(HttpMethod.PATCH, "/v1/webhook-endpoints/{id}"),
            Route.keyOnly(HttpMethod.DELETE, "/v1/webhook-endpoints/{id}"),
            Route.keyOnly(HttpMethod.POST, "/v1/webhook-endpoints/{id}/rotate-secret"),
            Route.keyOnly(HttpMethod.GET, "/v1/webhook-endpoints/{id}/deliveries"),
            Route.keyOnly(HttpMethod.POST, "/v1/webhook-endpoints/{id}/recover"),
            Route.keyOnly(HttpMethod.POST, "/v1/webhook-deliveries/{id}/resend"));

    /**
     * Every method under {@code /v1/admin/}, however deep; the load balancer forwards it to the merchant service, the
     * orchestrator (audit checks) or the webhook service ({@code /v1/admin/webhooks/...}).
     */
    static final String OPERATOR_API_ROUTE = "/v1/admin/{proxy+}";

    /** HTTP API access-log fields; no token, no body, no query string. */
    private static final String ACCESS_LOG_FORMAT = "{\"requestId\":\"$context.requestId\","
            + "\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\","
            + "\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\","
            + "\"responseLength\":\"$context.responseLength\",\"latency\":\"$context.responseLatency\","
            + "\"integrationLatency\":\"$context.integrationLatency\","
            + "\"authorizerError\":\"$context.authorizer.error\"}";

    private final HttpApi api;

    public EdgeStack(
            Construct scope,
            String id,
            StackProps props,
            DeploySettings settings,
            NetworkStack network,
            IdentityStack identity,
            ServicesStack services) {
        super(scope, id, props);
        api = HttpApi.Builder.create(this, "Api")
                .apiName("paystream")
                .description("Paystream public API (/v1)")
                .createDefaultStage(false)
                .build();
        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .logGroupName("/paystream/api-access")
                .retention(RetentionDays.THREE_MONTHS)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        HttpStage.Builder.create(this, "DefaultStage")
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(settings.apiRateLimit())
                        .burstLimit(settings.apiBurstLimit())
                        .build())
                .accessLogSettings(new AccessLogs(new LogGroupLogDestination(accessLogs)))
                .build();

        VpcLink vpcLink = VpcLink.Builder.create(this, "VpcLink")
                .vpc(network.vpc())
                .subnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .build())
                .securityGroups(List.of(network.vpcLink()))
                .build();
        // One integration for every route: the listener's rules pick the facade or, for the operator API, the
        // merchants, the orchestrator (audit checks) or the webhook service (its re-wrap).
        HttpAlbIntegration facade = HttpAlbIntegration.Builder.create("Facade", services.facadeListener())
                .vpcLink(vpcLink)
                .build();
        HttpJwtAuthorizer authorizer = HttpJwtAuthorizer.Builder.create("Cognito", identity.issuerUrl())
                .authorizerName("cognito")
                .identitySource(List.of("$request.header.Authorization"))
                // Cognito access tokens name their client in client_id, which API Gateway checks as the audience.
                .jwtAudience(List.of(identity.checkoutClient().getUserPoolClientId()))
                .build();
        for (Route route : ROUTES) {
            AddRoutesOptions.Builder options = AddRoutesOptions.builder()
                    .path(route.path())
                    .methods(List.of(route.method()))
                    .integration(facade);
            if (route.takesApiKeys()) {
                options.authorizer(new HttpNoneAuthorizer());
            } else {
                options.authorizer(authorizer)
                        .authorizationScopes(
                                List.of(route.shopperScope().orElseThrow().qualified()));
            }
            api.addRoutes(options.build());
        }
        HttpJwtAuthorizer operators = HttpJwtAuthorizer.Builder.create("CognitoOperators", identity.issuerUrl())
                .authorizerName("cognito-operators")
                .identitySource(List.of("$request.header.Authorization"))
                .jwtAudience(List.of(identity.operatorClient().getUserPoolClientId()))
                .build();
        api.addRoutes(AddRoutesOptions.builder()
                .path(OPERATOR_API_ROUTE)
                .methods(List.of(HttpMethod.ANY))
                .integration(facade)
                .authorizer(operators)
                .build());
        CfnOutput.Builder.create(this, "ApiUrl")
                .value(api.getApiEndpoint())
                .description("Base URL of the public API: <ApiUrl>/v1/...")
                .build();
    }

    public HttpApi api() {
        return api;
    }

    /** Where and in what shape the stage writes its access log (a class: jsii reads only the getters). */
    private static final class AccessLogs implements IAccessLogSettings {

        private final IAccessLogDestination target;

        AccessLogs(IAccessLogDestination target) {
            this.target = target;
        }

        @Override
        public IAccessLogDestination getDestination() {
            return target;
        }

        @Override
        public AccessLogFormat getFormat() {
            return AccessLogFormat.custom(ACCESS_LOG_FORMAT);
        }
    }
}
