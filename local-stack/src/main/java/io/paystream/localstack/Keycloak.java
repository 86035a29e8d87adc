package io.paystream.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
        copyRealm(home);
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

    /**
     * Keycloak imports the realm file only into a fresh database, so a realm file that changed since the last start
     * (a new client, the operator user) drops the database first: locally the realm file is the whole truth.
     */
    private static void copyRealm(Path home) {
        Path imported = home.resolve("data/import/paystream-realm.json");
        try (InputStream in = Keycloak.class.getResourceAsStream("/keycloak/paystream-realm.json")) {
            byte[] realm = in.readAllBytes();
            if (Files.exists(imported) && !Arrays.equals(Files.readAllBytes(imported), realm)) {
                System.out.println("  The realm file changed since the last start: Keycloak imports it afresh");
                deleteTree(home.resolve("data/h2"));
            }
            Files.createDirectories(imported.getParent());
            Files.write(imported, realm);
        } catch (IOException e) {
            throw new UncheckedIOException("could not place the realm file", e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
