package io.paystream.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real PostgreSQL server (zonky's embedded binaries, run through {@code unshare -U} as root), with one
 * database per service created on first use.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Set<String> knownDatabases = ConcurrentHashMap.newKeySet();

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port, tuned for tests (no fsync). */
    public static PostgresServer startEphemeral() {
        try {
            return new PostgresServer(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /**
     * A durable server on a fixed port that keeps its data in {@code dataDirectory} across restarts. Stopped by its
     * owner's {@link #close}, not by a shutdown hook of its own: the services using it stop first.
     */
    public static PostgresServer startPersistent(int port, Path dataDirectory) {
        try {
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "300")
                    // Statements per checkout are a figure of docs/performance.md: ./paystream measure counts them.
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** The JDBC URL of a service's own database, created if it does not exist yet. */
    public String jdbcUrl(String database) {
        createDatabaseIfMissing(database);
        return postgres.getJdbcUrl(USER, database);
    }

    public synchronized void createDatabaseIfMissing(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database names are lower-case identifiers: " + database);
        }
        if (knownDatabases.contains(database)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + database);
            }
            knownDatabases.add(database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    /**
     * SIGKILL of the postmaster of a server kept in {@code dataDirectory}, as a crash: returns once it and its backends
     * are gone, so that {@link #startPersistent} may start it again on the same data.
     */
    public static void killPostmaster(Path dataDirectory) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .getFirst()
                    .trim());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                List<ProcessHandle> backends = postmaster.children().toList();
                postmaster.destroyForcibly();
                postmaster.onExit().join();
                // Backends notice their postmaster's death and exit; a new postmaster needs their shared memory free.
                backends.forEach(backend -> backend.onExit().join());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("no postmaster.pid in " + dataDirectory, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
