package io.paystream.infra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.ResourceServerScope;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.amazon.awscdk.services.cognito.UserPoolGroupOptions;
import software.amazon.awscdk.services.cognito.UserPoolResourceServer;
import software.amazon.awscdk.services.cognito.UserPoolResourceServerOptions;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * Cognito as the OAuth 2.0 issuer (§3 Identity, §11): a user pool for customers and operators (group
 * {@value #OPERATOR_GROUP}), the resource server {@value ApiScope#RESOURCE_SERVER} with the scopes of §3 and the
 * internal ones, a public checkout client and a public operators' client (authorization code + PKCE), and one
 * confidential client-credentials client per service that calls another with its own token, each asking only for
 * {@link ApiScope#grantedTo} of its service; their ids and secrets go to Secrets Manager.
 */
public final class IdentityStack extends Stack {

    /** The Cognito group of the operators who may use the operator API {@code /v1/admin/**} (§11). */
    static final String OPERATOR_GROUP = "paystream-admin";

    private final UserPool userPool;
    private final UserPoolDomain domain;
    private final UserPoolClient checkoutClient;
    private final UserPoolClient operatorClient;
    private final Map<PaystreamService, Secret> clientSecrets = new EnumMap<>(PaystreamService.class);

    public IdentityStack(Construct scope, String id, StackProps props, DeploySettings settings) {
        super(scope, id, props);
        userPool = UserPool.Builder.create(this, "Customers")
                .userPoolName("paystream-customers")
                .featurePlan(FeaturePlan.LITE)
                .selfSignUpEnabled(true)
                .signInAliases(SignInAliases.builder().email(true).build())
                .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
                .passwordPolicy(PasswordPolicy.builder()
                        .minLength(12)
                        .requireSymbols(false)
                        .build())
                .mfa(Mfa.OPTIONAL)
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        Map<ApiScope, ResourceServerScope> scopes = new EnumMap<>(ApiScope.class);
        for (ApiScope apiScope : ApiScope.values()) {
            scopes.put(
                    apiScope,
                    ResourceServerScope.Builder.create()
                            .scopeName(apiScope.scopeName())
                            .scopeDescription(apiScope.description())
                            .build());
        }
        UserPoolResourceServer api = userPool.addResourceServer(
                "Api",
                UserPoolResourceServerOptions.builder()
                        .identifier(ApiScope.RESOURCE_SERVER)
                        .userPoolResourceServerName("Paystream API")
                        .scopes(new ArrayList<>(scopes.values()))
                        .build());

        domain = userPool.addDomain(
                "Domain",
                UserPoolDomainOptions.builder()
                        .cognitoDomain(CognitoDomainOptions.builder()
                                .domainPrefix("paystream-" + Aws.ACCOUNT_ID)
                                .build())
                        .build());

        List<OAuthScope> customerScopes = new ArrayList<>(List.of(OAuthScope.OPENID, OAuthScope.EMAIL));
        Arrays.stream(ApiScope.values())
                .filter(ApiScope::forCustomers)
                .forEach(apiScope -> customerScopes.add(OAuthScope.resourceServer(api, scopes.get(apiScope))));
        checkoutClient = userClient("CheckoutClient", "checkout", customerScopes, settings.checkoutCallbackUrls());
        // Operators sign in as users of the same pool; the merchant service checks their group, the edge this client.
        operatorClient = userClient(
                "OperatorClient",
                "operators",
                List.of(OAuthScope.OPENID, OAuthScope.EMAIL),
                settings.operatorCallbackUrls());
        userPool.addGroup(
                "Operators",
                UserPoolGroupOptions.builder()
                        .groupName(OPERATOR_GROUP)
                        .description("Paystream operators: the operator API (merchants, credentials, API keys)")
                        .precedence(0)
                        .build());

        for (PaystreamService service : PaystreamService.values()) {
            List<ApiScope> granted = ApiScope.grantedTo(service);
            if (!granted.isEmpty()) {
                List<OAuthScope> oauthScopes = granted.stream()
                        .map(apiScope -> OAuthScope.resourceServer(api, scopes.get(apiScope)))
                        .toList();
                clientSecrets.put(service, serviceClient(service, oauthScopes));
            }
        }

        output("IssuerUrl", issuerUrl(), "iss of every token; the services' issuer-uri");
        output("TokenEndpoint", tokenEndpoint(), "OAuth 2.0 token endpoint (hosted UI under the same domain)");
        output("CheckoutClientId", checkoutClient.getUserPoolClientId(), "Public client for web and mobile checkout");
        output("OperatorClientId", operatorClient.getUserPoolClientId(), "Public client for the operator API");
        output("UserPoolId", userPool.getUserPoolId(), "Customers' user pool");
    }

    private UserPoolClient userClient(String id, String name, List<OAuthScope> oauthScopes, List<String> callbacks) {
        return userPool.addClient(
                id,
                UserPoolClientOptions.builder()
                        .userPoolClientName(name)
                        .generateSecret(false)
                        .authFlows(AuthFlow.builder().userSrp(true).build())
                        .oAuth(OAuthSettings.builder()
                                .flows(OAuthFlows.builder()
                                        .authorizationCodeGrant(true)
                                        .build())
                                .scopes(oauthScopes)
                                .callbackUrls(callbacks)
                                .build())
                        .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                        .preventUserExistenceErrors(true)
                        .enableTokenRevocation(true)
                        .accessTokenValidity(Duration.minutes(60))
                        .refreshTokenValidity(Duration.days(30))
                        .build());
    }

    /** A confidential client-credentials client of a service; its id and secret in {@code paystream/cognito/<name>}. */
    private Secret serviceClient(PaystreamService service, List<OAuthScope> oauthScopes) {
        String name = clientName(service);
        // The orchestrator's client kept the ids it was deployed with: a new id would replace it, secret name and all.
        String id = service == PaystreamService.ORCHESTRATOR ? "Orchestrator" : service.constructId();
        UserPoolClient client = userPool.addClient(
                id + "Client",
                UserPoolClientOptions.builder()
                        .userPoolClientName(name)
                        .generateSecret(true)
                        .oAuth(OAuthSettings.builder()
                                .flows(OAuthFlows.builder()
                                        .clientCredentials(true)
                                        .build())
                                .scopes(oauthScopes)
                                .build())
                        .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                        .accessTokenValidity(Duration.minutes(60))
                        .build());
        return Secret.Builder.create(this, id + "ClientCredentials")
                .secretName("paystream/cognito/" + name)
                .description("Client id and secret of the " + name + " client-credentials client")
                .secretObjectValue(Map.of(
                        "clientId", SecretValue.unsafePlainText(client.getUserPoolClientId()),
                        "clientSecret", client.getUserPoolClientSecret()))
                .build();
    }

    /** The Cognito client's name: the local realm's client id of the same service. */
    static String clientName(PaystreamService service) {
        return switch (service) {
            case ORCHESTRATOR -> "payments-orchestrator";
            case PLATFORM -> "payment-platform";
            case FACADE -> "payments-facade";
            default -> service.serviceName();
        };
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }

    /** {@code https://cognito-idp.<region>.amazonaws.com/<pool id>}: the {@code iss} of every token. */
    public String issuerUrl() {
        return userPool.getUserPoolProviderUrl();
    }

    public String tokenEndpoint() {
        return domain.baseUrl() + "/oauth2/token";
    }

    public UserPool userPool() {
        return userPool;
    }

    public UserPoolClient checkoutClient() {
        return checkoutClient;
    }

    public UserPoolClient operatorClient() {
        return operatorClient;
    }

    /** {@code clientId}, {@code clientSecret} of a service's client-credentials client. */
    public Secret clientSecret(PaystreamService service) {
        Secret secret = clientSecrets.get(service);
        if (secret == null) {
            throw new IllegalArgumentException(service + " has no client-credentials client");
        }
        return secret;
    }
}
