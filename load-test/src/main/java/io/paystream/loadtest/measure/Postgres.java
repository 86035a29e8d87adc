package io.paystream.loadtest.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The local stack's PostgreSQL as the benchmark reads it: commit counters and the order service's own timestamps. */
public final class Postgres {

    private final String baseUrl;

    public Postgres(int port) {
        this.baseUrl = "jdbc:postgresql://localhost:" + port + "/";
    }

    /** Committed transactions so far, over every database of the server. */
    public long commits() {
        // The cumulative statistics reach the shared view at the end of each backend's transaction or within 1 s.
        return query("postgres", "SELECT sum(xact_commit) FROM pg_stat_database", rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /**
     * When the order service applied {@code payment-approved} to each of these orders (the moment it became
     * AUTHORIZED), from its own {@code order_history}; orders not yet applied are missing from the answer.
     */
    public Map<String, Instant> authorizedAt(Collection<String> orderIds) {
        return query("orders", connection -> {
            Map<String, Instant> applied = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT order_id, applied_at FROM order_history
                    WHERE event_type = 'PAYMENT_APPROVED' AND order_id = ANY (?)""")) {
                select.setArray(1, connection.createArrayOf("text", orderIds.toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        applied.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                }
            }
            return applied;
        });
    }

    /** A database of its own for the pgbench ceiling, with the one table its inserts go to. */
    public void prepareInsertCeilingDatabase(String database) {
        query("postgres", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database);
            }
            return null;
        });
        query(database, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "CREATE TABLE single_row_insert (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL"
                                + " DEFAULT now(), payload text NOT NULL)");
            }
            return null;
        });
    }

    /** The durability settings the run was measured with (they decide what a commit costs). */
    public String durabilitySettings() {
        return query("postgres", connection -> {
            StringBuilder settings = new StringBuilder();
            for (String name : new String[] {"fsync", "synchronous_commit", "wal_sync_method", "full_page_writes"}) {
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.append(settings.isEmpty() ? "" : ", ")
                            .append(name)
                            .append(" = ")
                            .append(rs.getString(1));
                }
            }
            return settings.toString();
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private interface Read<T> {
        T from(ResultSet rs) throws SQLException;
    }

    private <T> T query(String database, String sql, Read<T> read) {
        return query(database, connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(sql)) {
                return read.from(rs);
            }
        });
    }

    private <T> T query(String database, Work<T> work) {
        try (Connection connection = DriverManager.getConnection(baseUrl + database, "postgres", "")) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + baseUrl + database + ": " + e.getMessage(), e);
        }
    }
}
