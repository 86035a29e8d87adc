package io.paystream.orchestrator.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferWaitTests {

    @ParameterizedTest(name = "Prefer: {0} waits {1} s")
    @CsvSource(
            delimiter = '|',
            value = {
                "wait=5|5",
                "Wait = 3|3",
                "respond-async, wait=10|10",
                "wait=\"7\"|7",
                "wait=99|10",
                "handling=lenient; wait=2|2"
            })
    void waitPreferenceIsReadAsRfc7240AllowsAndCappedAtTen(String prefer, int seconds) {
        assertThat(PreferWait.seconds(prefer)).contains(seconds);
    }

    @ParameterizedTest(name = "Prefer: {0} does not wait")
    @CsvSource(
            delimiter = '|',
            value = {"respond-async", "waiting=5", "wait=abc"})
    void otherPreferencesDoNotWait(String prefer) {
        assertThat(PreferWait.seconds(prefer)).isEmpty();
    }
}
