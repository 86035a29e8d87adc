package io.paystream.edge.pci;

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
                "3782 822463 10005",
                "orderId=4111111111111111&x=1",
                "6011-0009-9013-9424",
                "2223 0031 2200 3222"
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
                "1234 5678",
                "ord_41111111-1111-1111-1111-111111111111",
                "{\"orderId\":\"ord_53718294-6021-42ab-9c1d-52871a3b4c5d\"}",
                "9111111111111110",
                "4111-11111111-1111",
                "{\"paymentMethodId\":\"pm_ab4111111111111111cd\"}",
                "pm_4111111111111111"
            })
    void otherNumbersAreNot(String text) {
        // Two of them pass Luhn: digits grouped as in a UUID (53718294-6021-42), and a run no card starts with (9…).
        assertThat(CardNumbers.containsCardNumber(text)).isFalse();
    }
}
