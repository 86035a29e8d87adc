package io.paystream.loadtest.report;

import io.paystream.localstack.report.GeneratedSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Writes a benchmark's figures into {@code docs/performance.md} between two markers, leaving the hand-written parts
 * of the page (what was changed and why, before and after) as they are.
 */
public final class PerformanceReport {

    static final String BEGIN = "<!-- ./paystream bench writes from here -->";
    static final String END = "<!-- ./paystream bench writes up to here -->";

    private final String figures;

    public PerformanceReport(String figures) {
        this.figures = figures;
    }

    public void writeInto(Path page) {
        new GeneratedSection("Performance", BEGIN, END).writeInto(page, figures);
    }

    /** This machine as the figures need it said: CPU, cores, memory, kernel, JDK, and when. */
    public static String machine(Instant startedAt) {
        return "%s, %d cores, %s GiB RAM, Linux %s, JDK %s; run started %s UTC, took %d min"
                .formatted(
                        cpuModel(),
                        Runtime.getRuntime().availableProcessors(),
                        memoryGib(),
                        System.getProperty("os.version"),
                        Runtime.version(),
                        startedAt
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString()
                                .replace('T', ' ')
                                .replace("Z", ""),
                        Duration.between(startedAt, Instant.now()).toMinutes());
    }

    private static String cpuModel() {
        return read("/proc/cpuinfo")
                .lines()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("unknown CPU");
    }

    private static String memoryGib() {
        return read("/proc/meminfo")
                .lines()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> line.replaceAll("\\D", ""))
                .map(kib -> String.format(Locale.ROOT, "%.0f", Long.parseLong(kib) / 1024.0 / 1024.0))
                .findFirst()
                .orElse("?");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
