package io.paystream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FreePortsTests {

    @Test
    void portsAskedForTogetherAreAllDifferent() {
        int[] ports = FreePorts.distinct(64);

        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(64);
        assertThat(Arrays.stream(ports).min().orElseThrow()).isPositive();
    }
}
