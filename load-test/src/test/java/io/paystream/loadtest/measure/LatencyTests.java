package io.paystream.loadtest.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyTests {

    @Test
    void percentilesAreNearestRankOverTheSortedTimes() {
        List<Integer> millis = IntStream.rangeClosed(1, 200).boxed().toList().reversed();

        Latency latency = Latency.of(millis);

        assertThat(latency.count()).isEqualTo(200);
        assertThat(latency.p50()).isEqualTo(100);
        assertThat(latency.p99()).isEqualTo(198);
        assertThat(latency.max()).isEqualTo(200);
    }

    @Test
    void noTimesGiveNoFigures() {
        Latency latency = Latency.of(List.of());

        assertThat(latency.count()).isZero();
        assertThat(latency.p99()).isNaN();
        assertThat(latency).hasToString("n/a");
    }
}
