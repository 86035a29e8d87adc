package io.paystream.orchestrator;

import static org.awaitility.Awaitility.await;

import io.paystream.braintree.simulator.BraintreeSimulator;
import io.paystream.braintree.simulator.SimulatorSettings;
import io.paystream.testsupport.OAuthServer;
import io.paystream.testsupport.PostgresServer;
import io.paystream.testsupport.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real wallet service, from the jar the build just packaged, run as a process of its own against the test
 * JVM's PostgreSQL, mock IdP and a Braintree simulator: the orchestrator talks to it as it does in production.
 */
final class WalletProcess {

    private static final WalletProcess INSTANCE = new WalletProcess();

    final BraintreeSimulator braintree = BraintreeSimulator.start(SimulatorSettings.forTests());
    final String baseUrl;
    private final Process process;

    private WalletProcess() {
        Path jar = Path.of("target/services/wallet-service.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw verify (or -am), which copies it");
        }
        int port = freePort();
        baseUrl = "http://localhost:" + port;
        PostgresServer postgres = TestServers.postgres();
        OAuthServer idp = TestServers.oauth();
        try {
            process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-Dsun.net.http.retryPost=false",
                            "-jar",
                            jar.toString(),
                            "--server.port=" + port,
                            "--spring.datasource.url=" + postgres.jdbcUrl("wallet_for_orchestrator"),
                            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + idp.issuerUri(),
                            "--paystream.braintree.base-url=" + braintree.baseUrl()))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target/wallet-service-test.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the wallet exited; see target/wallet-service-test.log");
                    }
                    try {
                        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                                .build();
                        return http.send(request, HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    static WalletProcess get() {
        return INSTANCE;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
