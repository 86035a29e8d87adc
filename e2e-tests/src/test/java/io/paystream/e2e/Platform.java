package io.paystream.e2e;

import io.paystream.braintree.simulator.BraintreeSimulator;
import io.paystream.braintree.simulator.SimulatorSettings;
import io.paystream.testsupport.BootJarProcess;
import io.paystream.testsupport.OAuthServer;
import io.paystream.testsupport.SqsServer;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.ZipkinServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The whole platform for the end-to-end suite, once per JVM: real PostgreSQL, Kafka, ElasticMQ and IdP from
 * test-support, the Braintree simulator (settling on demand), Zipkin, and the services from their packaged
 * jars, each a process of its own wired to the others as in production and reporting its spans to Zipkin.
 */
final class Platform {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    // Before INSTANCE: the constructor needs it.
    /** mer_acme's own Braintree account, served by the simulator beside the default merchant's (mer_demo's). */
    static final SimulatorSettings.Merchant ACME_BRAINTREE =
            new SimulatorSettings.Merchant("acme_merchant", "acme_public_key", "acme_private_key");

    private static final Platform INSTANCE = new Platform();

    final BraintreeSimulator braintree = BraintreeSimulator.start(SimulatorSettings.forTests()
            .withMerchant(ACME_BRAINTREE.merchantId(), ACME_BRAINTREE.publicKey(), ACME_BRAINTREE.privateKey()));
    final ZipkinServer zipkin = ZipkinServer.startEphemeral(Path.of("target", "zipkin", "zipkin-server.jar"));
    final String facade;
    private final Map<String, String> baseUrls = new HashMap<>();
    private final Map<String, BootJarProcess> processes = new ConcurrentHashMap<>();

    private Platform() {
        OAuthServer idp = TestServers.oauth();
        Path keyEncryptionKeys =
                Path.of("target", "e2e-keys", "key-encryption-keys.json").toAbsolutePath();
        List<String> issuer = List.of(
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + idp.issuerUri(),
                "--spring.security.oauth2.resourceserver.jwt.audiences=" + OAuthServer.AUDIENCE);
        List<String> kafka = List.of(
                "--spring.kafka.bootstrap-servers=" + TestServers.kafka().bootstrapServers());
        SqsServer sqsServer = TestServers.sqs();
        List<String> sqs = List.of(
                "--spring.cloud.aws.sqs.endpoint=" + sqsServer.endpoint(),
                "--spring.cloud.aws.region.static=" + SqsServer.REGION,
                "--spring.cloud.aws.credentials.access-key=" + SqsServer.ACCESS_KEY,
                "--spring.cloud.aws.credentials.secret-key=" + SqsServer.SECRET_KEY);

        // First: the wallet and the platform fetch each merchant's credentials from it.
        BootJarProcess merchants = start(
                "merchant-service",
                database("merchants"),
                issuer,
                List.of("--paystream.kek.local-file=" + keyEncryptionKeys));
        BootJarProcess wallet = start(
                "wallet-service",
                database("wallet"),
                issuer,
                kafka,
                List.of("--paystream.braintree.base-url=" + braintree.baseUrl()),
                merchantService(keyEncryptionKeys, merchants.baseUrl(), "wallet-service"));
        BootJarProcess orders = start("order-service", database("orders"), issuer, kafka);
        // Seals its endpoints' secrets with merchant-service's key file; the tests' receivers are on loopback.
        BootJarProcess webhooks = start(
                "webhook-service",
                database("webhooks"),
                issuer,
                kafka,
                List.of(
                        "--paystream.kek.local-file=" + keyEncryptionKeys,
                        "--paystream.webhooks.allow-http=true",
                        "--paystream.webhooks.allow-private-addresses=true"));
        merchants.awaitReady(START_TIMEOUT);
        setUpMerchants(merchants.baseUrl());
        BootJarProcess platform = start(
                "payment-platform-service",
                database("platform"),
                kafka,
                sqs,
                List.of("--paystream.braintree.base-url=" + braintree.baseUrl()),
                merchantService(keyEncryptionKeys, merchants.baseUrl(), "payment-platform"));
        wallet.awaitReady(START_TIMEOUT);
        BootJarProcess orchestrator = start(
                "payments-b-orchestrator",
                database("orchestrator"),
                issuer,
                kafka,
                sqs,
                List.of(
                        "--paystream.wallet.base-url=" + wallet.baseUrl(),
                        "--paystream.wallet.token-endpoint=" + idp.tokenEndpoint(),
                        "--paystream.wallet.client-secret=e2e"));
        orders.awaitReady(START_TIMEOUT);
        orchestrator.awaitReady(START_TIMEOUT);
        BootJarProcess facadeProcess = start(
                "payments-a-facade",
                issuer,
                List.of(
                        "--paystream.facade.downstream.orders=" + orders.baseUrl(),
                        "--paystream.facade.downstream.wallet=" + wallet.baseUrl(),
                        "--paystream.facade.downstream.payments=" + orchestrator.baseUrl(),
                        "--paystream.facade.downstream.webhooks=" + webhooks.baseUrl(),
                        "--paystream.facade.rate-limit.requests-per-second=1000",
                        "--paystream.facade.rate-limit.burst=1000"),
                // The merchants' API keys, from merchant-service's copy; the facade passes a key's calls on.
                List.of(
                        "--paystream.edge.api-keys.enabled=true",
                        "--paystream.edge.api-keys.merchants-base-url=" + merchants.baseUrl(),
                        "--paystream.edge.api-keys.token-endpoint=" + idp.tokenEndpoint(),
                        "--paystream.edge.api-keys.client-secret=e2e",
                        "--paystream.edge.api-keys.usage-report-interval=1s"));
        platform.awaitReady(START_TIMEOUT);
        webhooks.awaitReady(START_TIMEOUT);
        facade = facadeProcess.awaitReady(START_TIMEOUT).baseUrl();
        processes.putAll(Map.of(
                "merchant-service", merchants,
                "wallet-service", wallet,
                "order-service", orders,
                "payment-platform-service", platform,
                "payments-b-orchestrator", orchestrator,
                "payments-a-facade", facadeProcess,
                "webhook-service", webhooks));
        processes.forEach((service, process) -> baseUrls.put(service, process.baseUrl()));
    }

    /**
     * How the wallet and the platform reach each merchant's own Braintree account: credentials fetched sealed from
     * merchant-service as {@code client}, opened with the key file merchant-service made.
     */
    private static List<String> merchantService(Path keyEncryptionKeys, String merchantService, String client) {
        return List.of(
                "--paystream.kek.provider=local",
                "--paystream.kek.local-file=" + keyEncryptionKeys,
                "--paystream.merchants.base-url=" + merchantService,
                "--paystream.merchants.token-endpoint=" + TestServers.oauth().tokenEndpoint(),
                "--paystream.merchants.client-id=" + client,
                "--paystream.merchants.client-secret=e2e");
    }

    /** SIGKILL of one service, as a crash: gone when this returns. */
    void kill(String service) {
        processes.get(service).kill();
    }

    /** Starts a killed service again with its own command line, on its port, and waits until it is ready. */
    void restart(String service) {
        processes.put(service, processes.get(service).restart().awaitReady(START_TIMEOUT));
    }

    /**
     * mer_demo on the simulator's default account and mer_acme on its own, through the operator API as an operator
     * would: without them the platform would execute nothing (merchant_not_configured).
     */
    private static void setUpMerchants(String merchantService) {
        String operator = TestServers.oauth().token(OAuthServer.TokenSpec.operator("ops", "paystream-admin"));
        createMerchant(
                merchantService,
                operator,
                "mer_demo",
                new SimulatorSettings.Merchant(
                        SimulatorSettings.DEFAULT_MERCHANT_ID,
                        SimulatorSettings.DEFAULT_PUBLIC_KEY,
                        SimulatorSettings.DEFAULT_PRIVATE_KEY));
        createMerchant(merchantService, operator, "mer_acme", ACME_BRAINTREE);
    }

    private static void createMerchant(
            String merchantService, String operator, String id, SimulatorSettings.Merchant braintree) {
        String body = """
                {"id": "%s", "name": "%s",
                 "braintree": {"merchantId": "%s", "publicKey": "%s", "privateKey": "%s",
                               "merchantAccounts": {"USD": "paystream_usd", "EUR": "paystream_eur"}}}""".formatted(id, id, braintree.merchantId(), braintree.publicKey(), braintree.privateKey());
        try {
            HttpResponse<String> created = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(merchantService + "/v1/admin/merchants"))
                                    .header("Authorization", "Bearer " + operator)
                                    .header("Idempotency-Key", "e2e-" + id)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            // 409: a database kept from an earlier run already has it.
            if (created.statusCode() != 201 && created.statusCode() != 409) {
                throw new IllegalStateException(
                        "could not create " + id + ": " + created.statusCode() + " " + created.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where a service of the platform listens, by its module name. */
    String baseUrl(String service) {
        return baseUrls.get(service);
    }

    static Platform get() {
        return INSTANCE;
    }

    @SafeVarargs
    private BootJarProcess start(String service, List<String>... arguments) {
        List<String> all = new ArrayList<>(List.of(
                "--management.tracing.export.zipkin.enabled=true",
                "--management.tracing.export.zipkin.endpoint=" + zipkin.spansEndpoint(),
                // Spans reach Zipkin within a second of ending, not the five seconds of the default batch delay.
                "--management.opentelemetry.tracing.export.schedule-delay=500ms"));
        Stream.of(arguments).forEach(all::addAll);
        return BootJarProcess.start(service, Path.of("target", "services", service + ".jar"), all);
    }

    private static List<String> database(String name) {
        return List.of("--spring.datasource.url=" + TestServers.postgres().jdbcUrl("e2e_" + name));
    }
}
