package io.paystream.loadtest.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's own ceiling for what the platform does most: committing small transactions. pgbench, with clients
 * that each insert one row per transaction into the same server the platform uses, with its durability settings.
 */
public final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final int port;
    private final String database;

    public Pgbench(int port, String database) {
        this.port = port;
        this.database = database;
    }

    public record Ceiling(int clients, int seconds, double transactionsPerSecond) {}

    public Ceiling singleRowInserts(int clients, int seconds) {
        try {
            Path script = Files.createTempFile("single-row-insert", ".sql");
            Files.writeString(script, "INSERT INTO single_row_insert (payload) VALUES ('paystream');\n");
            Process pgbench = new ProcessBuilder(List.of(
                            "pgbench",
                            "--no-vacuum",
                            "--host=localhost",
                            "--port=" + port,
                            "--username=postgres",
                            "--client=" + clients,
                            "--jobs=" + Math.min(clients, 2),
                            "--time=" + seconds,
                            "--file=" + script,
                            database))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(pgbench.getInputStream().readAllBytes());
            if (!pgbench.waitFor(seconds + 60L, TimeUnit.SECONDS) || pgbench.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            Files.delete(script);
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("no tps line in pgbench's output:\n" + output);
            }
            return new Ceiling(clients, seconds, Double.parseDouble(tps.group(1)));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "pgbench could not run (Debian: apt-get install postgresql-client): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
