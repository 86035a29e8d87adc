package io.paystream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One of Paystream's services, from the jar the build packaged, as a process of its own on a free port: the way a
 * test talks to a real service rather than to a stand-in. Its output goes to {@code target/<name>.log}; it is
 * stopped when the JVM exits.
 */
public final class BootJarProcess {

    private final String name;
    private final String baseUrl;
    private final List<String> command;
    private final Process process;

    private BootJarProcess(String name, String baseUrl, List<String> command, Process process) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.command = command;
        this.process = process;
    }

    /** Starts {@code jar} with {@code arguments} (Spring properties as {@code --name=value}); see {@link #awaitReady}. */
    public static BootJarProcess start(String name, Path jar, List<String> arguments) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the build with ./mvnw verify (or -am)");
        }
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dsun.net.http.retryPost=false",
                "-jar",
                jar.toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        try {
            Files.deleteIfExists(Path.of("target", name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + " with a fresh log", e);
        }
        return launch(name, "http://localhost:" + port, List.copyOf(command));
    }

    private static BootJarProcess launch(String name, String baseUrl, List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            Path.of("target", name + ".log").toFile()))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return new BootJarProcess(name, baseUrl, command, process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook, no graceful stop. Returns once it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    /** The same command line again, on the same port, its output appended to the same log; see {@link #awaitReady}. */
    public BootJarProcess restart() {
        return launch(name, baseUrl, command);
    }

    /** Waits for the readiness probe; fails at once if the process dies. */
    public BootJarProcess awaitReady(Duration timeout) {
        HttpCalls.awaitOk(
                name,
                process,
                Path.of("target", name + ".log"),
                URI.create(baseUrl + "/actuator/health/readiness"),
                timeout);
        return this;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public void stop() {
        process.destroy();
    }
}
