package io.paystream.localstack.demo;

import io.paystream.localstack.StackPorts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL statements executed on the local stack's server between {@link #start()} and {@link #print(int)}, by
 * database and statement, from {@code pg_stat_statements} (loaded by the local stack's server): what a checkout costs
 * PostgreSQL, counted rather than timed. Counts everything the platform's databases ran meanwhile (not the
 * {@code postgres} database nor the benchmark's pgbench one), so measure a quiet stack.
 */
public final class StatementCensus {

    private static final String URL = "jdbc:postgresql://localhost:" + StackPorts.POSTGRES + "/postgres";

    /** The platform's databases: not the server's own, nor the one pgbench fills for the insert ceiling. */
    // With a space in front: a text block ending in "WHERE " loses its trailing space.
    private static final String PLATFORM_DATABASES = " d.datname NOT IN ('postgres', 'insert_ceiling')";

    private StatementCensus() {}

    static void start() {
        run(statement -> {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
        });
    }

    /** Statements run so far in the platform's databases: compare two readings for what a run cost. */
    public static long total() {
        long[] total = new long[1];
        run(statement -> {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            ResultSet sum = statement.executeQuery("""
                    SELECT coalesce(sum(s.calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                     WHERE """ + PLATFORM_DATABASES);
            sum.next();
            total[0] = sum.getLong(1);
        });
        return total[0];
    }

    /** Statements per checkout by database, then each statement run at least once every two checkouts. */
    static void print(int checkouts) {
        run(statement -> {
            ResultSet byDatabase =
                    statement.executeQuery("""
                    SELECT d.datname, sum(s.calls) AS calls FROM pg_stat_statements s
                      JOIN pg_database d ON d.oid = s.dbid
                     WHERE """ + PLATFORM_DATABASES + " GROUP BY d.datname ORDER BY calls DESC");
            double total = 0;
            StringBuilder line = new StringBuilder();
            while (byDatabase.next()) {
                double perCheckout = byDatabase.getLong("calls") / (double) checkouts;
                total += perCheckout;
                line.append("%s %.1f, ".formatted(byDatabase.getString("datname"), perCheckout));
            }
            System.out.printf(
                    "PostgreSQL statements per checkout: %.1f (%s)%n",
                    total, line.toString().replaceAll(", $", ""));
            ResultSet statements = statement.executeQuery("""
                    SELECT d.datname, s.calls, regexp_replace(s.query, '\\s+', ' ', 'g') AS query
                      FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                     WHERE """ + PLATFORM_DATABASES + " AND s.calls * 2 >= " + checkouts
                    + " ORDER BY d.datname, s.calls DESC");
            while (statements.next()) {
                String query = statements.getString("query");
                System.out.printf(
                        "  %-13s %5.2f  %s%n",
                        statements.getString("datname"),
                        statements.getLong("calls") / (double) checkouts,
                        query.length() > 110 ? query.substring(0, 110) + "…" : query);
            }
        });
    }

    private interface Work {
        void on(Statement statement) throws SQLException;
    }

    private static void run(Work work) {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            work.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements could not be read: " + e.getMessage(), e);
        }
    }
}
