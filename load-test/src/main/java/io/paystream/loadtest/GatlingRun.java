package io.paystream.loadtest;

import io.paystream.loadtest.simulation.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Gatling simulation in a JVM of its own, so that the load generator's CPU is measured apart from the
 * benchmark's, with its HTML report under {@code load-test/target/gatling}.
 */
final class GatlingRun {

    static final Path REPORTS = Path.of("load-test", "target", "gatling");

    private GatlingRun() {}

    /** Runs the simulation to its end and returns the folder of its HTML report. */
    static Path run(Class<?> simulation, RunSettings settings, String description) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        // Gatling's own launchers open java.lang (its log writer reads String internals).
        command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        command.add("-Dlogback.configurationFile=logback-gatling.xml");
        if (Runtime.version().feature() >= 24) {
            // Netty (under Gatling) still reaches for sun.misc.Unsafe and native access: allowed quietly.
            command.add("--sun-misc-unsafe-memory-access=allow");
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(settings.asSystemProperties());
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "io.gatling.app.Gatling",
                "--simulation",
                simulation.getName(),
                "--results-folder",
                REPORTS.toAbsolutePath().toString(),
                "--run-description",
                description));
        try {
            Process gatling = new ProcessBuilder(command).inheritIO().start();
            int exit = gatling.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Gatling ended with exit code " + exit + " (" + description + ")");
            }
            return newestReport();
        } catch (IOException e) {
            throw new IllegalStateException("could not start Gatling: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path newestReport() throws IOException {
        try (Stream<Path> reports = Files.list(REPORTS)) {
            return reports.filter(Files::isDirectory)
                    .max(Comparator.comparing(path -> path.toFile().lastModified()))
                    .orElseThrow();
        }
    }
}
