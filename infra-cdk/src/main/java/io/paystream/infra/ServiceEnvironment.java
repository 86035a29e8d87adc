package io.paystream.infra;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * What a service's container is told, as Spring Boot relaxed-binding environment variables over its {@code
 * application.yml}: plain settings in {@link #variables()}, credentials in {@link #secrets()} (ECS reads them from
 * Secrets Manager when the task starts; they never appear in the template or the task definition).
 */
final class ServiceEnvironment {

    /**
     * Cognito writes resource-server scopes as {@code paystream-api/payments:write}; the services check
     * {@code SCOPE_payments:write}. Spring splits the {@code scope} claim with this regular expression (it is
     * handed to {@code String.split}), so the prefix falls away with the separator.
     */
    static final String SCOPE_DELIMITER = "\\s*" + ApiScope.RESOURCE_SERVER + "/|\\s+";

    private final Map<String, String> variables = new TreeMap<>();
    private final Map<String, Secret> secrets = new TreeMap<>();

    ServiceEnvironment(PaystreamService service, Dependencies dependencies) {
        variables.put("SERVER_PORT", Integer.toString(service.port()));
        variables.put(
                "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", TraceCollectorSidecar.OTLP_TRACES_ENDPOINT);
        service.database().ifPresent(database -> database(dependencies, service, database));
        if (service.kafka() != PaystreamService.Kafka.NONE) {
            kafka(dependencies, service);
        }
        if (service.sqs() != PaystreamService.Sqs.NONE) {
            sqs();
        }
        if (service.validatesTokens()) {
            tokens(dependencies);
        }
        if (service.usesBraintree()) {
            braintree(dependencies);
        }
        if (service.sealsWithTheKeyEncryptionKey() || service.opensMerchantCredentials()) {
            variables.put("PAYSTREAM_KEK_PROVIDER", "kms");
            variables.put(
                    "PAYSTREAM_KEK_KMS_KEY_ID",
                    dependencies.data().merchantSecrets().keyEncryptionKey().getKeyArn());
        }
        if (service.hashesApiKeys()) {
            variables.put("PAYSTREAM_API_KEY_ENVIRONMENT", "live");
            secrets.put(
                    "PAYSTREAM_API_KEY_PEPPER",
                    Secret.fromSecretsManager(
                            dependencies.data().merchantSecrets().apiKeyPepper()));
        }
        switch (service) {
            case FACADE -> {
                variables.put("PAYSTREAM_FACADE_DOWNSTREAM_PAYMENTS", dependencies.url(PaystreamService.ORCHESTRATOR));
                variables.put("PAYSTREAM_FACADE_DOWNSTREAM_WALLET", dependencies.url(PaystreamService.WALLET));
                variables.put("PAYSTREAM_FACADE_DOWNSTREAM_ORDERS", dependencies.url(PaystreamService.ORDERS));
                variables.put("PAYSTREAM_FACADE_DOWNSTREAM_WEBHOOKS", dependencies.url(PaystreamService.WEBHOOKS));
                client(dependencies, service, "MERCHANTS", PaystreamService.MERCHANTS);
                variables.put("PAYSTREAM_API_KEYS_ENABLED", "true");
            }
            case ORCHESTRATOR -> client(dependencies, service, "WALLET", PaystreamService.WALLET);
            case WALLET, PLATFORM -> client(dependencies, service, "MERCHANTS", PaystreamService.MERCHANTS);
            case WEBHOOKS -> {
                // Its defaults, pinned: on AWS only https endpoints on public addresses (SSRF, §14).
                variables.put("PAYSTREAM_WEBHOOKS_ALLOW_HTTP", "false");
                variables.put("PAYSTREAM_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "false");
            }
            case ORDERS, MERCHANTS -> {}
        }
    }

    Map<String, String> variables() {
        return variables;
    }

    Map<String, Secret> secrets() {
        return secrets;
    }

    private void database(Dependencies dependencies, PaystreamService service, String database) {
        ISecret credentials = dependencies.data().serviceSecret(service);
        variables.put("SPRING_DATASOURCE_URL", dependencies.data().jdbcUrl(database));
        secrets.put("SPRING_DATASOURCE_USERNAME", Secret.fromSecretsManager(credentials, "username"));
        secrets.put("SPRING_DATASOURCE_PASSWORD", Secret.fromSecretsManager(credentials, "password"));
    }

    private void kafka(Dependencies dependencies, PaystreamService service) {
        variables.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", dependencies.messaging().kafkaBootstrapServers());
        variables.put("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        variables.put("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "AWS_MSK_IAM");
        variables.put(
                "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "software.amazon.msk.auth.iam.IAMLoginModule required;");
        variables.put(
                "SPRING_KAFKA_PROPERTIES_SASL_CLIENT_CALLBACK_HANDLER_CLASS",
                "software.amazon.msk.auth.iam.IAMClientCallbackHandler");
        if (service.kafka() == PaystreamService.Kafka.CONSUMER) {
            // The group the task role may use (KafkaIam#ownGroups): the default one, and the orchestrator's listener's.
            variables.put("SPRING_KAFKA_CONSUMER_GROUP_ID", consumerGroup(service));
            variables.put("PAYSTREAM_EVENTS_GROUP_ID", consumerGroup(service));
        }
    }

    private void sqs() {
        variables.put("SPRING_CLOUD_AWS_REGION_STATIC", Aws.REGION);
        variables.put("SPRING_CLOUD_AWS_SQS_ENDPOINT", "https://sqs." + Aws.REGION + "." + Aws.URL_SUFFIX);
        // Empty keys switch Spring Cloud AWS from the local static keys to the default chain: the task role.
        variables.put("SPRING_CLOUD_AWS_CREDENTIALS_ACCESS_KEY", "");
        variables.put("SPRING_CLOUD_AWS_CREDENTIALS_SECRET_KEY", "");
    }

    private void tokens(Dependencies dependencies) {
        variables.put(
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                dependencies.identity().issuerUrl());
        // Cognito access tokens carry client_id, not aud; the edge checks the client, the services the issuer.
        variables.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", "");
        variables.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUTHORITIES_CLAIM_DELIMITER", SCOPE_DELIMITER);
    }

    private void braintree(Dependencies dependencies) {
        ISecret keys = dependencies.braintreeKeys();
        variables.put("PAYSTREAM_BRAINTREE_ENVIRONMENT", dependencies.settings().braintreeEnvironment());
        secrets.put("PAYSTREAM_BRAINTREE_MERCHANT_ID", Secret.fromSecretsManager(keys, "merchantId"));
        secrets.put("PAYSTREAM_BRAINTREE_PUBLIC_KEY", Secret.fromSecretsManager(keys, "publicKey"));
        secrets.put("PAYSTREAM_BRAINTREE_PRIVATE_KEY", Secret.fromSecretsManager(keys, "privateKey"));
        // The application.yml placeholders of paystream.braintree.merchant-accounts (map keys keep their case).
        dependencies
                .settings()
                .braintreeMerchantAccounts()
                .forEach((currency, account) -> variables.put("BRAINTREE_MERCHANT_ACCOUNT_" + currency, account));
    }

    /**
     * paystream.wallet.* of the orchestrator, paystream.merchants.* of the facade, platform and wallet: where the callee
     * is, and the caller's own client credentials at Cognito with its internal scopes.
     */
    private void client(Dependencies dependencies, PaystreamService service, String prefix, PaystreamService callee) {
        ISecret client = dependencies.identity().clientSecret(service);
        String scopes = String.join(
                " ",
                ApiScope.grantedTo(service).stream().map(ApiScope::qualified).toList());
        variables.put("PAYSTREAM_" + prefix + "_BASE_URL", dependencies.url(callee));
        variables.put(
                "PAYSTREAM_" + prefix + "_TOKEN_ENDPOINT",
                dependencies.identity().tokenEndpoint());
        variables.put("PAYSTREAM_" + prefix + "_SCOPE", scopes);
        secrets.put("PAYSTREAM_" + prefix + "_CLIENT_ID", Secret.fromSecretsManager(client, "clientId"));
        secrets.put("PAYSTREAM_" + prefix + "_CLIENT_SECRET", Secret.fromSecretsManager(client, "clientSecret"));
    }

    /** The consumer group a service reads the payment topics in (the orchestrator's listener names its own). */
    static String consumerGroup(PaystreamService service) {
        return service == PaystreamService.ORCHESTRATOR ? "payments-orchestrator" : service.serviceName();
    }
    /** What the environment is made of. */
    record Dependencies(
            DeploySettings settings,
            DataStack data,
            MessagingStack messaging,
            IdentityStack identity,
            ISecret braintreeKeys,
            String namespace) {

        /** The service's address through Cloud Map: {@code http://wallet-service.paystream.internal:8082}. */
        String url(PaystreamService service) {
            return "http://" + service.serviceName() + "." + namespace + ":" + service.port();
        }
    }
}
