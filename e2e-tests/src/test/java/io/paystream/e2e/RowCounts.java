package io.paystream.e2e;

import io.paystream.testsupport.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Exact row counts of every table of the services' databases, read in one statement per database. */
record RowCounts(List<Connection> connections, List<String> queries) implements AutoCloseable {

    static RowCounts of(String... databases) {
        List<Connection> connections = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        try {
            for (String database : databases) {
                Connection connection =
                        DriverManager.getConnection(TestServers.postgres().jdbcUrl(database), "postgres", "postgres");
                List<String> counts = new ArrayList<>();
                try (var tables = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                                        + " 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
                    while (tables.next()) {
                        String table = tables.getString(1);
                        counts.add("SELECT '" + database + "." + table + "', count(*) FROM " + table);
                    }
                }
                connections.add(connection);
                queries.add(String.join(" UNION ALL ", counts));
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return new RowCounts(connections, queries);
    }

    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        try {
            for (int i = 0; i < connections.size(); i++) {
                try (var result = connections.get(i).createStatement().executeQuery(queries.get(i))) {
                    while (result.next()) {
                        counts.put(result.getString(1), result.getLong(2));
                    }
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return counts;
    }

    /**
     * The tables with more rows than {@code before}. Only growth counts as written: the services' own janitors
     * (finished jobs forgotten, keys expired) may remove rows at any time.
     */
    Map<String, String> grownSince(Map<String, Long> before) {
        Map<String, String> grown = new TreeMap<>();
        now().forEach((table, count) -> {
            if (count > before.getOrDefault(table, 0L)) {
                grown.put(table, before.get(table) + " -> " + count);
            }
        });
        return grown;
    }

    @Override
    public void close() {
        connections.forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing at the end of the suite: nothing to do about it
            }
        });
    }
}
