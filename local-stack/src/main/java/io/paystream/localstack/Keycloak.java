package io.paystream.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode with the {@code paystream} realm imported at start. Its H2 data stays in the
 * distribution's {@code data/} directory, so users, sessions and keys survive a restart.
 */
final class Keycloak implements AutoCloseable {

    static final String REALM = "paystream";

    private static final Duration FIRST_START_TIMEOUT = Duration.ofMinutes(5);

    private final ChildProcess process;
    private final int port;

    private Keycloak(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the server; {@link #awaitReady()} tells when it answers. */
    static Keycloak start(String version, int port, Path keycloakDirectory, Path log) {
        Path home = KeycloakDistribution.install(version, keycloakDirectory);
        copyRealm(home.resolve("data/import"));
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        List<String> command = List.of(
                "/bin/sh",
                "bin/kc.sh",
                "start-dev",
                "--import-realm",
                "--http-port=" + port,
                "--http-host=127.0.0.1",
                // A fixed issuer: otherwise tokens fetched through 127.0.0.1 and localhost name different ones.
                "--hostname=http://localhost:" + port);
        return new Keycloak(ChildProcess.start("Keycloak", command, home, env, log), port);
    }

    void awaitReady() {
        Readiness.awaitHttpOk("Keycloak", discoveryUrl(), FIRST_START_TIMEOUT, process::isAlive);
    }

    String issuerUri() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    String discoveryUrl() {
        return issuerUri() + "/.well-known/openid-configuration";
    }

    /** The realm file is imported only into a fresh data directory; `./paystream reset` starts over. */
    private static void copyRealm(Path importDirectory) {
        try (InputStream realm = Keycloak.class.getResourceAsStream("/keycloak/paystream-realm.json")) {
            Files.createDirectories(importDirectory);
            Files.copy(realm, importDirectory.resolve("paystream-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not place the realm file", e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
