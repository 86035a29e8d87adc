package io.paystream.orchestrator;

import io.paystream.braintree.simulator.BraintreeSimulator;
import io.paystream.braintree.simulator.SimulatorSettings;
import io.paystream.testsupport.BootJarProcess;
import io.paystream.testsupport.TestServers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real wallet service, from the jar the build just packaged, against the test JVM's PostgreSQL, mock IdP and a
 * Braintree simulator: the orchestrator talks to it as it does in production.
 */
final class WalletProcess {

    private static final WalletProcess INSTANCE = new WalletProcess();

    final BraintreeSimulator braintree = BraintreeSimulator.start(SimulatorSettings.forTests());
    final String baseUrl;

    private WalletProcess() {
        baseUrl = BootJarProcess.start(
                        "wallet-service",
                        Path.of("target/services/wallet-service.jar"),
                        List.of(
                                "--spring.datasource.url="
                                        + TestServers.postgres().jdbcUrl("wallet_for_orchestrator"),
                                "--spring.security.oauth2.resourceserver.jwt.issuer-uri="
                                        + TestServers.oauth().issuerUri(),
                                "--spring.kafka.bootstrap-servers="
                                        + TestServers.kafka().bootstrapServers(),
                                "--paystream.braintree.base-url=" + braintree.baseUrl()))
                .awaitReady(Duration.ofMinutes(2))
                .baseUrl();
    }

    static WalletProcess get() {
        return INSTANCE;
    }
}
