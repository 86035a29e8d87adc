package io.paystream.loadtest.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimingsTests {

    @TempDir
    Path directory;

    @Test
    void aRunsFileReadsBackWithTheCheckoutsStartedAndEveryAnswer() {
        Timings timings = new Timings();
        timings.checkoutStarted();
        timings.checkoutStarted();
        timings.answered("create order", "ord_1", 1_700_000_000_000L, 12);
        timings.answered("approve (accept)", "ord_1", 1_700_000_000_020L, 7);
        Path file = directory.resolve("runs/approvals-40.csv");

        timings.writeTo(file);
        Timings.Recorded recorded = Timings.read(file);

        assertThat(recorded.checkoutsStarted()).isEqualTo(2);
        assertThat(recorded.answers()).hasSize(2);
        assertThat(recorded.of("approve (accept)"))
                .containsExactly(new Timings.Answer("approve (accept)", "ord_1", 1_700_000_000_020L, 7));
    }
}
