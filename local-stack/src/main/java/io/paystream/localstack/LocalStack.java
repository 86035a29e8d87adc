package io.paystream.localstack;

import io.paystream.braintree.simulator.BraintreeSimulator;
import io.paystream.braintree.simulator.SimulatorSettings;
import io.paystream.localstack.operator.LocalMerchants;
import io.paystream.testsupport.KafkaServer;
import io.paystream.testsupport.PostgresServer;
import io.paystream.testsupport.SqsServer;
import io.paystream.testsupport.ZipkinServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs Paystream on this machine: PostgreSQL, Kafka (KRaft), ElasticMQ, Keycloak, Zipkin, the Braintree
 * simulator and the services, on fixed ports, keeping their data under {@code .paystream/}. Prints one line per endpoint and a ready line, then
 * runs until Ctrl-C or SIGTERM, when it stops everything it started, last started first.
 */
public final class LocalStack {

    /** One database per service on the shared PostgreSQL server. */
    static final List<String> SERVICE_DATABASES =
            List.of("orchestrator", "wallet", "platform", "orders", "merchants", "webhooks");

    private final Path home;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    LocalStack(Path home) {
        this.home = home;
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(System.getProperty("paystream.home", ".paystream")).toAbsolutePath();
        LocalStack stack = new LocalStack(home);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the Paystream local stack...");
            stack.stop();
            System.out.println("Stopped.");
            stopped.countDown();
        }));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("The local stack could not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    void start() {
        long startedAt = System.nanoTime();
        StackPorts.requireFree();
        Path logs = directory("logs");
        writePidFile();

        // Keycloak boots slowest and in a process of its own, so it goes first and the others start meanwhile.
        Keycloak keycloak = remember(Keycloak.start(
                version("keycloak.version"), StackPorts.KEYCLOAK, directory("keycloak"), logs.resolve("keycloak.log")));

        ZipkinServer zipkin = remember(ZipkinServer.start(
                Path.of("local-stack", "target", "zipkin-server.jar"), StackPorts.ZIPKIN, logs.resolve("zipkin.log")));

        PostgresServer postgres = remember(PostgresServer.startPersistent(StackPorts.POSTGRES, directory("postgres")));
        SERVICE_DATABASES.forEach(postgres::createDatabaseIfMissing);
        endpoint(
                "PostgreSQL",
                "jdbc:postgresql://localhost:" + postgres.port() + "/{" + String.join(",", SERVICE_DATABASES)
                        + "}  user postgres");

        KafkaServer kafka =
                remember(KafkaServer.start(StackPorts.KAFKA, StackPorts.KAFKA_CONTROLLER, directory("kafka")));
        endpoint(
                "Kafka",
                kafka.bootstrapServers()
                        + "  topics payment-approved, -declined, -deposited, -reversed, -refunded, -failed");

        SqsServer sqs = remember(SqsServer.start(StackPorts.SQS, SqsServer.DEFAULT_MAX_RECEIVE_COUNT));
        endpoint(
                "SQS (ElasticMQ)",
                sqs.endpoint() + "  queues payment-requests-queue, payment-requests-dlq  region " + SqsServer.REGION);

        BraintreeSimulator braintree = remember(BraintreeSimulator.start(SimulatorSettings.forLocalStack()
                .withMerchant(
                        LocalMerchants.ACME_BRAINTREE.merchantId(),
                        LocalMerchants.ACME_BRAINTREE.publicKey(),
                        LocalMerchants.ACME_BRAINTREE.privateKey())));
        endpoint(
                "Braintree (sim)",
                braintree.baseUrl() + "  merchants paystream_merchant, acme_merchant  admin API " + braintree.baseUrl()
                        + "/admin/transactions");

        endpoint("Zipkin (traces)", zipkin.awaitReady().baseUrl() + "  every checkout one trace, spans in memory");

        String version = version("paystream.version");
        List<PaystreamService> services = List.of(
                remember(PaystreamService.start(
                        "merchant-service",
                        version,
                        StackPorts.MERCHANTS,
                        logs,
                        "--paystream.kek.local-file=" + home.resolve("key-encryption-keys.json"))),
                remember(PaystreamService.start(
                        "wallet-service",
                        version,
                        StackPorts.WALLET,
                        logs,
                        merchantService(home, keycloak, "wallet-service"))),
                remember(PaystreamService.start("payments-b-orchestrator", version, StackPorts.ORCHESTRATOR, logs)),
                remember(PaystreamService.start(
                        "payment-platform-service",
                        version,
                        StackPorts.PAYMENT_PLATFORM,
                        logs,
                        merchantService(home, keycloak, "payment-platform"))),
                remember(PaystreamService.start("order-service", version, StackPorts.ORDERS, logs)),
                // Seals its endpoints' secrets with the key file merchant-service made; its receivers here are local.
                remember(PaystreamService.start(
                        "webhook-service",
                        version,
                        StackPorts.WEBHOOKS,
                        logs,
                        "--paystream.kek.local-file=" + home.resolve("key-encryption-keys.json"),
                        "--paystream.webhooks.allow-http=true",
                        "--paystream.webhooks.allow-private-addresses=true")),
                remember(PaystreamService.start(
                        "payments-a-facade", version, StackPorts.FACADE, logs, facadeArguments(keycloak))));

        keycloak.awaitReady();
        endpoint(
                "Keycloak",
                keycloak.issuerUri() + "  admin console http://localhost:" + StackPorts.KEYCLOAK
                        + "/admin (admin/admin)");
        endpoint("Token endpoint", keycloak.tokenEndpoint());
        for (PaystreamService service : services) {
            service.awaitReady();
            endpoint(service.name(), service.baseUrl() + "  metrics " + service.baseUrl() + "/actuator/prometheus");
        }
        Map<String, String> apiKeys =
                LocalMerchants.setUp(keycloak.tokenEndpoint(), "http://localhost:" + StackPorts.MERCHANTS, home);
        endpoint(
                "Operator API",
                "http://localhost:" + StackPorts.MERCHANTS
                        + "/v1/admin/merchants  user ops/ops-password, scope operator");
        apiKeys.forEach((merchant, key) -> endpoint("API key " + merchant, key + "  (local only)"));
        endpoint(
                "API (the facade)",
                "http://localhost:" + StackPorts.FACADE + "/v1  Swagger UI http://localhost:" + StackPorts.FACADE
                        + "/swagger-ui.html");

        Integer controlPort = Integer.getInteger("paystream.control-port");
        if (controlPort != null) {
            remember(StackControl.start(controlPort, this));
            endpoint("Stack control", "http://127.0.0.1:" + controlPort + "  for ./paystream chaos");
        }
        System.out.printf(
                "Paystream local stack ready in %.1f s (data in %s; Ctrl-C stops it)%n",
                (System.nanoTime() - startedAt) / 1e9, home);
    }

    /**
     * How the wallet and the platform reach each merchant's own Braintree account: credentials fetched sealed from
     * merchant-service as the realm's {@code client}, opened with the key file merchant-service made.
     */
    private static String[] merchantService(Path home, Keycloak keycloak, String client) {
        return new String[] {
            "--paystream.kek.provider=local",
            "--paystream.kek.local-file=" + home.resolve("key-encryption-keys.json"),
            "--paystream.merchants.base-url=http://localhost:" + StackPorts.MERCHANTS,
            "--paystream.merchants.token-endpoint=" + keycloak.tokenEndpoint(),
            "--paystream.merchants.client-id=" + client,
            "--paystream.merchants.client-secret=" + client + "-secret"
        };
    }

    /** SIGKILL of one of the services, by module name. */
    void killService(String name) {
        service(name).kill();
    }

    /** SIGTERM of one of the services: returns once its graceful shutdown is over. */
    void stopService(String name) {
        service(name).close();
    }

    /** Starts a stopped or killed service again with its own command line; returns once it is ready. */
    void startService(String name) {
        PaystreamService stopped = service(name);
        PaystreamService again = stopped.startAgain();
        again.awaitReady();
        replace(stopped, again);
    }

    /** SIGKILL of PostgreSQL's postmaster; returns once it and its backends are gone. */
    void killPostgres() {
        PostgresServer.killPostmaster(home.resolve("postgres"));
    }

    /** After {@link #killPostgres}: the dead server's handle lets go of its data directory first. */
    void startPostgres() {
        PostgresServer dead = server(PostgresServer.class);
        close(dead);
        replace(dead, PostgresServer.startPersistent(StackPorts.POSTGRES, directory("postgres")));
    }

    void stopKafka() {
        server(KafkaServer.class).close();
    }

    void startKafka() {
        replace(
                server(KafkaServer.class),
                KafkaServer.start(StackPorts.KAFKA, StackPorts.KAFKA_CONTROLLER, directory("kafka")));
    }

    /** ElasticMQ keeps its messages in memory: whatever was queued is gone, as after an SQS outage that lost them. */
    void stopSqs() {
        server(SqsServer.class).close();
    }

    void startSqs() {
        replace(server(SqsServer.class), SqsServer.start(StackPorts.SQS, SqsServer.DEFAULT_MAX_RECEIVE_COUNT));
    }

    private synchronized PaystreamService service(String name) {
        return started.stream()
                .filter(PaystreamService.class::isInstance)
                .map(PaystreamService.class::cast)
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    private synchronized <T> T server(Class<T> type) {
        return started.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    /** Puts a server started again where the one it replaces was, so that the stop order stays the same. */
    private synchronized void replace(AutoCloseable old, AutoCloseable fresh) {
        List<AutoCloseable> order = new ArrayList<>(started);
        order.set(order.indexOf(old), fresh);
        started.clear();
        started.addAll(order);
    }

    /**
     * Stops the services first, all at once (each finishes its requests and hands its jobs back), then the
     * servers they use, in reverse order of their start; each stop is tried even when an earlier one failed.
     */
    synchronized void stop() {
        List<AutoCloseable> services =
                started.stream().filter(PaystreamService.class::isInstance).toList();
        try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
            services.forEach(service -> stopping.submit(() -> close(service)));
        }
        started.removeAll(services);
        while (!started.isEmpty()) {
            close(started.pop());
        }
        try {
            Files.deleteIfExists(home.resolve("local-stack.pid"));
        } catch (IOException ignored) {
            // A stale pid file is ignored by ./paystream when its process is gone.
        }
    }

    private static void close(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("Could not stop " + server.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private synchronized <T extends AutoCloseable> T remember(T server) {
        started.push(server);
        return server;
    }

    /**
     * The facade takes the merchants' API keys, read from merchant-service as the realm's {@code payments-facade}. Its
     * per-caller limit (20 requests/s) is a product rule, so the stack keeps it unless told otherwise:
     * {@code -Dpaystream.facade.rate-limit=N} lifts it for the benchmark, whose load comes from one customer.
     */
    private static String[] facadeArguments(Keycloak keycloak) {
        List<String> arguments = new ArrayList<>(List.of(
                "--paystream.edge.api-keys.enabled=true",
                "--paystream.edge.api-keys.merchants-base-url=http://localhost:" + StackPorts.MERCHANTS,
                "--paystream.edge.api-keys.token-endpoint=" + keycloak.tokenEndpoint(),
                "--paystream.edge.api-keys.client-id=payments-facade",
                "--paystream.edge.api-keys.client-secret=payments-facade-secret"));
        String perSecond = System.getProperty("paystream.facade.rate-limit");
        if (perSecond != null) {
            arguments.add("--paystream.facade.rate-limit.requests-per-second=" + perSecond);
            arguments.add("--paystream.facade.rate-limit.burst=" + 2 * Integer.parseInt(perSecond));
        }
        return arguments.toArray(String[]::new);
    }

    private static void endpoint(String name, String address) {
        System.out.printf("  %-25s %s%n", name, address);
    }

    private Path directory(String name) {
        try {
            return Files.createDirectories(home.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + home.resolve(name), e);
        }
    }

    private void writePidFile() {
        try {
            Files.writeString(
                    home.resolve("local-stack.pid"),
                    Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(String key) {
        try (InputStream in = LocalStack.class.getResourceAsStream("versions.properties")) {
            Properties versions = new Properties();
            versions.load(in);
            return versions.getProperty(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
