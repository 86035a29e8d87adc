package io.paystream.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceReportTests {

    @TempDir
    Path directory;

    @Test
    void figuresReplaceOnlyWhatIsBetweenTheMarkers() throws Exception {
        Path page = directory.resolve("performance.md");
        Files.writeString(
                page,
                "# Performance\n\nWritten by hand.\n\n" + PerformanceReport.BEGIN + "\nold figures\n"
                        + PerformanceReport.END + "\n\n## Changes\n\nAlso by hand.\n");

        new PerformanceReport("new figures\n").writeInto(page);

        assertThat(Files.readString(page))
                .contains("Written by hand.", "Also by hand.", "new figures")
                .doesNotContain("old figures");
    }

    @Test
    void aPageWithoutMarkersGetsThemAtItsEnd() throws Exception {
        Path page = directory.resolve("performance.md");
        Files.writeString(page, "# Performance\n\nNotes.\n");

        new PerformanceReport("figures\n").writeInto(page);

        assertThat(Files.readString(page))
                .startsWith("# Performance\n\nNotes.\n")
                .contains(PerformanceReport.BEGIN + "\nfigures\n" + PerformanceReport.END);
    }

    @Test
    void theMachineLineNamesCoresAndJdk() {
        assertThat(PerformanceReport.machine(java.time.Instant.now()))
                .contains(Runtime.getRuntime().availableProcessors() + " cores")
                .contains("JDK " + Runtime.version());
    }
}
