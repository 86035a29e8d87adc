package io.paystream.e2e;

import io.paystream.braintree.simulator.BraintreeSimulator;
import io.paystream.braintree.simulator.SimulatorSettings;
import io.paystream.testsupport.BootJarProcess;
import io.paystream.testsupport.OAuthServer;
import io.paystream.testsupport.SqsServer;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.ZipkinServer;
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
    private static final Platform INSTANCE = new Platform();

    final BraintreeSimulator braintree = BraintreeSimulator.start(SimulatorSettings.forTests());
    final ZipkinServer zipkin = ZipkinServer.startEphemeral(Path.of("target", "zipkin", "zipkin-server.jar"));
    final String facade;
    private final Map<String, String> baseUrls = new HashMap<>();
    private final Map<String, BootJarProcess> processes = new ConcurrentHashMap<>();

    private Platform() {
        OAuthServer idp = TestServers.oauth();
        armOrchestratorsToken();
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

        BootJarProcess wallet = start(
                "wallet-service",
                database("wallet"),
                issuer,
                kafka,
                List.of("--paystream.braintree.base-url=" + braintree.baseUrl()));
        BootJarProcess orders = start("order-service", database("orders"), issuer, kafka);
        BootJarProcess merchants = start(
                "merchant-service",
                database("merchants"),
                issuer,
                List.of("--paystream.kek.local-file="
                        + Path.of("target", "e2e-keys", "key-encryption-keys.json")
                                .toAbsolutePath()));
        BootJarProcess platform = start(
                "payment-platform-service",
                database("platform"),
                kafka,
                sqs,
                List.of("--paystream.braintree.base-url=" + braintree.baseUrl()));
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
                        "--paystream.facade.rate-limit.requests-per-second=1000",
                        "--paystream.facade.rate-limit.burst=1000"));
        platform.awaitReady(START_TIMEOUT);
        facade = facadeProcess.awaitReady(START_TIMEOUT).baseUrl();
        merchants.awaitReady(START_TIMEOUT);
        processes.putAll(Map.of(
                "merchant-service", merchants,
                "wallet-service", wallet,
                "order-service", orders,
                "payment-platform-service", platform,
                "payments-b-orchestrator", orchestrator,
                "payments-a-facade", facadeProcess));
        processes.forEach((service, process) -> baseUrls.put(service, process.baseUrl()));
    }

    /** SIGKILL of one service, as a crash: gone when this returns. */
    void kill(String service) {
        processes.get(service).kill();
    }

    /** Starts a killed service again with its own command line, on its port, and waits until it is ready. */
    void restart(String service) {
        if (service.equals("payments-b-orchestrator")) {
            armOrchestratorsToken();
        }
        processes.put(service, processes.get(service).restart().awaitReady(START_TIMEOUT));
    }

    /** The orchestrator's client-credentials token for the wallet: the next token anyone asks the endpoint for. */
    private static void armOrchestratorsToken() {
        TestServers.oauth().issueNextClientCredentials("payments-orchestrator", "wallet:internal");
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
