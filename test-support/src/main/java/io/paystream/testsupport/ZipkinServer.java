package io.paystream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Zipkin (the {@code io.zipkin:zipkin-server} exec jar from Maven Central, which the build copies) as a process of its
 * own, keeping spans in memory. The services report to {@link #spansEndpoint()} in Zipkin's v2 format; zipkin-server
 * 3.5.1 has no OTLP receiver.
 */
public final class ZipkinServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    // Spans beyond this are dropped oldest first: a long benchmark keeps Zipkin inside its heap.
    private static final String MAX_SPANS = "200000";

    private final int port;
    private final Process process;
    private final Path log;

    private ZipkinServer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** On a free port, logging to {@code target/zipkin.log}, stopped when the JVM exits. */
    public static ZipkinServer startEphemeral(Path jar) {
        ZipkinServer zipkin = start(jar, FreePorts.next(), Path.of("target", "zipkin.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(zipkin::close));
        return zipkin.awaitReady();
    }

    /** On {@code port}, logging to {@code log}; returns at once, see {@link #awaitReady}. */
    public static ZipkinServer start(Path jar, int port, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it (./mvnw install)");
        }
        ProcessBuilder command = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        command.environment().put("QUERY_PORT", Integer.toString(port));
        command.environment().put("MEM_MAX_SPANS", MAX_SPANS);
        try {
            return new ZipkinServer(port, command.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Zipkin", e);
        }
    }

    /** Waits until Zipkin answers its health check; fails at once if it exits. */
    public ZipkinServer awaitReady() {
        HttpCalls.awaitOk("Zipkin", process, log, URI.create(baseUrl() + "/health"), START_TIMEOUT);
        return this;
    }

    public int port() {
        return port;
    }

    /** The UI, and the API under {@code /api/v2}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Where services send spans ({@code management.tracing.export.zipkin.endpoint}). */
    public String spansEndpoint() {
        return baseUrl() + "/api/v2/spans";
    }

    /** The spans of one trace, as Zipkin's JSON array (404 until it has one). */
    public String traceUrl(String traceId) {
        return baseUrl() + "/api/v2/trace/" + traceId;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
