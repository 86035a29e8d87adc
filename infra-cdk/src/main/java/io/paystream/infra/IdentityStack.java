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
import software.amazon.awscdk.services.cognito.UserPoolResourceServer;
import software.amazon.awscdk.services.cognito.UserPoolResourceServerOptions;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * Cognito as the OAuth 2.0 issuer (§3 Identity): a user pool for customers, the resource server
 * {@value ApiScope#RESOURCE_SERVER} with the scopes of §3, a public checkout client (authorization code + PKCE) and
 * the orchestrator's confidential client-credentials client, whose id and secret go to Secrets Manager.
 */
public final class IdentityStack extends Stack {

    private final UserPool userPool;
    private final UserPoolDomain domain;
    private final UserPoolClient checkoutClient;
    private final UserPoolClient orchestratorClient;
    private final Secret orchestratorClientSecret;

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
        checkoutClient = userPool.addClient(
                "CheckoutClient",
                UserPoolClientOptions.builder()
                        .userPoolClientName("checkout")
                        .generateSecret(false)
                        .authFlows(AuthFlow.builder().userSrp(true).build())
                        .oAuth(OAuthSettings.builder()
                                .flows(OAuthFlows.builder()
                                        .authorizationCodeGrant(true)
                                        .build())
                                .scopes(customerScopes)
                                .callbackUrls(settings.checkoutCallbackUrls())
                                .build())
                        .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                        .preventUserExistenceErrors(true)
                        .enableTokenRevocation(true)
                        .accessTokenValidity(Duration.minutes(60))
                        .refreshTokenValidity(Duration.days(30))
                        .build());

        orchestratorClient = userPool.addClient(
                "OrchestratorClient",
                UserPoolClientOptions.builder()
                        .userPoolClientName("payments-orchestrator")
                        .generateSecret(true)
                        .oAuth(OAuthSettings.builder()
                                .flows(OAuthFlows.builder()
                                        .clientCredentials(true)
                                        .build())
                                .scopes(List.of(OAuthScope.resourceServer(api, scopes.get(ApiScope.WALLET_INTERNAL))))
                                .build())
                        .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                        .accessTokenValidity(Duration.minutes(60))
                        .build());
        orchestratorClientSecret = Secret.Builder.create(this, "OrchestratorClientCredentials")
                .secretName("paystream/cognito/payments-orchestrator")
                .description("Client id and secret of the orchestrator's client-credentials client")
                .secretObjectValue(Map.of(
                        "clientId", SecretValue.unsafePlainText(orchestratorClient.getUserPoolClientId()),
                        "clientSecret", orchestratorClient.getUserPoolClientSecret()))
                .build();

        output("IssuerUrl", issuerUrl(), "iss of every token; the services' issuer-uri");
        output("TokenEndpoint", tokenEndpoint(), "OAuth 2.0 token endpoint (hosted UI under the same domain)");
        output("CheckoutClientId", checkoutClient.getUserPoolClientId(), "Public client for web and mobile checkout");
        output("UserPoolId", userPool.getUserPoolId(), "Customers' user pool");
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

    public UserPoolClient orchestratorClient() {
        return orchestratorClient;
    }

    /** {@code clientId}, {@code clientSecret} of the orchestrator's client. */
    public Secret orchestratorClientSecret() {
        return orchestratorClientSecret;
    }
}
