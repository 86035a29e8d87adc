package io.paystream.edge.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueriesTests {

    @Test
    void readsPercentEncodingAndPlusAsTheValuesMean() {
        assertThat(Queries.decode("orderId=ord_1&note=a+b%20c%E2%82%AC")).isEqualTo("orderId=ord_1&note=a b c€");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderId=%ZZ", "orderId=%", "orderId=%4", "a=%G1"})
    void aPercentWithoutTwoHexDigitsIsUnreadable(String query) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Queries.decode(query))
                .withMessageContaining("hex");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "=x", "limit=10&=x", "a=1&&=2"})
    void aParameterWithoutANameIsUnreadable(String query) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Queries.decode(query))
                .withMessageContaining("without a name");
    }

    @Test
    void emptyPartsAndEmptyValuesAreReadable() {
        assertThat(Queries.decode("a=&&b")).isEqualTo("a=&&b");
    }

    @Test
    void bytesThatAreNotUtf8AreUnreadable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Queries.decode("orderId=%C3%28"))
                .withMessageContaining("UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderId=%00", "orderId=ord_%0A1", "orderId=%7F"})
    void aControlCharacterIsRefused(String query) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Queries.decode(query))
                .withMessageContaining("control character");
    }
}
