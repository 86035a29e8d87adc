package io.paystream.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void unknownCurrencyIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of(100, "XYZ"))
                .withMessageContaining("XYZ");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(100, "usd"));
    }

    @Test
    void currencyWithoutMinorUnitsOfMoneyIsRejected() {
        // XAU (gold) is an ISO 4217 code, but not a currency one pays a basket with.
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of(100, "XAU"));
    }

    @Test
    void negativeAmountIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of(-1, "USD"))
                .withMessageContaining("-1");
    }

    @Test
    void decimalFollowsTheCurrencysMinorUnits() {
        assertThat(Money.of(1050, "USD").toDecimal()).isEqualTo(new BigDecimal("10.50"));
        assertThat(Money.of(1050, "JPY").toDecimal()).isEqualTo(new BigDecimal("1050"));
        assertThat(Money.of(1050, "KWD").toDecimal()).isEqualTo(new BigDecimal("1.050"));
    }

    @Test
    void decimalReadsBackToMinorUnits() {
        assertThat(Money.fromDecimal(new BigDecimal("10.5"), Currency.getInstance("USD")))
                .isEqualTo(Money.of(1050, "USD"));
    }

    @Test
    void decimalWithMoreDigitsThanTheCurrencyIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.fromDecimal(new BigDecimal("10.505"), Currency.getInstance("USD")));
    }

    @Test
    void arithmeticStaysInOneCurrencyAndAboveZero() {
        Money ten = Money.of(1000, "USD");

        assertThat(ten.plus(Money.of(50, "USD"))).isEqualTo(Money.of(1050, "USD"));
        assertThat(ten.minus(Money.of(1000, "USD"))).isEqualTo(Money.zero(Currency.getInstance("USD")));
        assertThatIllegalArgumentException().isThrownBy(() -> ten.minus(Money.of(1001, "USD")));
        assertThatIllegalArgumentException().isThrownBy(() -> ten.plus(Money.of(1, "EUR")));
        assertThat(ten.exceeds(Money.of(999, "USD"))).isTrue();
        assertThat(ten.exceeds(ten)).isFalse();
    }
}
