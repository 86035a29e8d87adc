package io.paystream.facade.pci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the guard takes for a card number, and what it lets through. */
class CardNumbersTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111111111111111",
                "{\"pan\": \"4111 1111 1111 1111\"}",
                "5555-5555-5555-4444",
                "378282246310005",
                "orderId=4111111111111111&x=1"
            })
    void cardNumbersAreFound(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111111111111112",
                "{\"amount\": 1050, \"currency\": \"USD\"}",
                "ord_01KD7X2Z9Y8WQ3M4K2P5RT6VXZ",
                "41111111111111111111111",
                "1234 5678"
            })
    void otherNumbersAreNot(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).isFalse();
    }
}
