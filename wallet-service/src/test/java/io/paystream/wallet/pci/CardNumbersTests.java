package io.paystream.wallet.pci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTests {

    @ParameterizedTest(name = "finds a card in: {0}")
    @ValueSource(
            strings = {
                "4111111111111111",
                "{\"nickname\":\"4111 1111 1111 1111\"}",
                "card 4111-1111-1111-1111 here",
                "378282246310005",
                "6011 0009 9013 9424",
                "5555555555554444",
                "4222222222222"
            })
    void cardNumbersAreFound(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).isTrue();
    }

    @ParameterizedTest(name = "no card in: {0}")
    @ValueSource(
            strings = {
                "4111111111111112",
                "411111111111",
                "41111111111111111111",
                "fake-valid-nonce",
                "tokencc_bh_8yb3rq_9d3c2v_6jb2mr_kfv5yx_rt5",
                "+44 20 7946 0958",
                "order 2026-11-22 10:15",
                "4111  1111 1111 1111"
            })
    void otherNumbersAreLeftAlone(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).isFalse();
    }
}
