package io.paystream.loadtest;

import io.gatling.app.Gatling$;
import io.paystream.loadtest.simulation.RunSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Gatling simulations run one after another inside the benchmark's own JVM, so that the load generator is compiled
 * once, in the warm-up. A JVM started anew for each stage spent about 7 s of CPU in its first 4 s and a quarter to half
 * a core on its JIT through the steady window, on the two cores the platform was being measured on. Each run's HTML
 * report goes under {@code load-test/target/gatling}.
 */
final class GatlingRun {

    static final Path REPORTS = Path.of("load-test", "target", "gatling");

    private GatlingRun() {}

    /** Runs the simulation to its end and returns the folder of its HTML report. */
    static Path run(Class<?> simulation, RunSettings settings, String description) {
        // The simulation reads its settings from system properties when Gatling instantiates it.
        settings.asSystemProperties().forEach(System::setProperty);
        int exit = Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation",
            simulation.getName(),
            "--results-folder",
            REPORTS.toAbsolutePath().toString(),
            "--run-description",
            description
        });
        if (exit != 0) {
            throw new IllegalStateException("Gatling ended with exit code " + exit + " (" + description + ")");
        }
        try {
            return newestReport();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
