package io.paystream.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.loadtest.measure.Latency;
import io.paystream.loadtest.measure.ProcessCpu;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalStageTests {

    private static final Latency FAST = Latency.of(List.of(100, 200, 300));
    private static final Latency NOTHING_SHED = Latency.of(List.of());

    @Test
    void aRateHoldsWithNoErrorsAFastTailAndCompletionsKeepingUp() {
        assertThat(stage(1000, 1000, 49.0, FAST).sustained()).isTrue();
    }

    @Test
    void oneCheckoutNotAuthorizedIsAnError() {
        ApprovalStage stage = stage(1000, 999, 50.0, FAST);

        assertThat(stage.errors()).isEqualTo(1);
        assertThat(stage.sustained()).isFalse();
    }

    @Test
    void aGrowingBacklogDoesNotHold() {
        assertThat(stage(1000, 1000, 50.0, Latency.of(List.of(900, 1500))).sustained())
                .as("p99 over a second")
                .isFalse();
        assertThat(stage(1000, 1000, 40.0, FAST).sustained())
                .as("completions under 95 % of the offered rate")
                .isFalse();
    }

    @Test
    void theLoadGeneratorAndTheTraceBackendAreNotThePlatformsCpu() {
        ApprovalStage stage = new ApprovalStage(
                50,
                100,
                100,
                100,
                50,
                50,
                FAST,
                FAST,
                NOTHING_SHED,
                Map.of("facade", 1.0, "PostgreSQL", 0.5, ProcessCpu.LOAD_GENERATOR, 3.0, ProcessCpu.TRACE_BACKEND, 0.7),
                1000,
                Path.of("report"));

        assertThat(stage.totalCpuSecondsPerPayment()).isEqualTo(0.015);
        assertThat(stage.cpuSecondsPerPayment(ProcessCpu.LOAD_GENERATOR)).isEqualTo(0.03);
        assertThat(stage.commitsPerPayment()).isEqualTo(10);
    }

    private static ApprovalStage stage(long started, long authorized, double completionsPerSecond, Latency endToEnd) {
        return new ApprovalStage(
                50,
                started,
                started,
                authorized,
                50,
                completionsPerSecond,
                FAST,
                endToEnd,
                NOTHING_SHED,
                Map.of(),
                0,
                Path.of("report"));
    }
}
