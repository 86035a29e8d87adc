package io.paystream.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One of Paystream's Spring Boot services, run from its packaged jar as a child process on its documented
 * port, with the local stack's servers as its defaults. Ready when its readiness probe says so.
 */
final class PaystreamService implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final ChildProcess process;
    private final Supplier<PaystreamService> again;

    private PaystreamService(String name, int port, ChildProcess process, Supplier<PaystreamService> again) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.again = again;
    }

    static PaystreamService start(String module, String version, int port, Path logs, String... arguments) {
        Path jar = Path.of(module, "target", module + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./paystream, which builds it");
        }
        boolean signals = Boolean.parseBoolean(System.getProperty("paystream.signals", "true"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                // C1 alone starts five services on two cores in half the time; the benchmark wants C2's code.
                Boolean.getBoolean("paystream.services.full-jit")
                        ? "-XX:+TieredCompilation"
                        : "-XX:TieredStopAtLevel=1",
                "-Xmx384m",
                "-Dsun.net.http.retryPost=false",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--management.tracing.enabled=" + System.getProperty("paystream.tracing", "true"),
                // Off: the relays and Prefer: wait poll every 50 ms as before issue 15, for a side-by-side figure.
                "--paystream.signals.enabled=" + signals,
                "--paystream.wait.safety-net=" + (signals ? "1s" : "50ms"),
                "--management.tracing.export.zipkin.enabled=true",
                // Locally every checkout is a trace to look at; the benchmark samples as production does.
                "--management.tracing.sampling.probability=" + System.getProperty("paystream.trace-sampling", "1.0"),
                "--management.tracing.export.zipkin.endpoint=http://localhost:" + StackPorts.ZIPKIN + "/api/v2/spans"));
        command.addAll(List.of(arguments));
        // Settings for every service, comma-separated (./paystream chaos shortens the job re-send to 30 s).
        String everyService = System.getProperty("paystream.services.arguments", "");
        if (!everyService.isBlank()) {
            command.addAll(List.of(everyService.split(",")));
        }
        ChildProcess process =
                ChildProcess.start(module, command, Path.of("."), Map.of(), logs.resolve(module + ".log"));
        return new PaystreamService(module, port, process, () -> start(module, version, port, logs, arguments));
    }

    /** The same service again, with the same command line, its output appended to the same log. */
    PaystreamService startAgain() {
        return again.get();
    }

    /** SIGKILL, as a crash would. */
    void kill() {
        process.kill();
    }

    void awaitReady() {
        Readiness.awaitHttpOk(name, healthUrl(), START_TIMEOUT, process::isAlive);
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String healthUrl() {
        return baseUrl() + "/actuator/health/readiness";
    }

    @Override
    public void close() {
        process.close();
    }
}
