package io.paystream.braintree.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorSettingsTests {

    @Test
    void mainProgramDefaultsAreTheLocalStacksOnes() {
        SimulatorSettings settings = SimulatorSettings.from(key -> null);

        assertThat(settings.port()).isEqualTo(8089);
        assertThat(settings.merchantId()).isEqualTo("paystream_merchant");
        assertThat(settings.publicKey()).isEqualTo("paystream_public_key");
        assertThat(settings.privateKey()).isEqualTo("paystream_private_key");
        assertThat(settings.settleAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.defaultMerchantAccountId()).isEqualTo("paystream_usd");
    }

    @Test
    void everySettingCanBeOverridden() {
        Map<String, String> values = Map.of(
                "braintree.simulator.host", "0.0.0.0",
                "braintree.simulator.port", "18089",
                "braintree.simulator.merchant-id", "m",
                "braintree.simulator.public-key", "pub",
                "braintree.simulator.private-key", "priv",
                "braintree.simulator.settle-after", "250ms",
                "braintree.simulator.merchant-accounts", "acct_eur:EUR, acct_usd:usd");

        SimulatorSettings settings = SimulatorSettings.from(values::get);

        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.port()).isEqualTo(18089);
        assertThat(settings.merchantId()).isEqualTo("m");
        assertThat(settings.publicKey()).isEqualTo("pub");
        assertThat(settings.privateKey()).isEqualTo("priv");
        assertThat(settings.settleAfter()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.merchantAccounts())
                .containsExactly(
                        Map.entry("acct_eur", Currency.getInstance("EUR")),
                        Map.entry("acct_usd", Currency.getInstance("USD")));
    }

    @Test
    void settleAfterAcceptsSecondsMinutesIsoAndZero() {
        assertThat(SettingValues.duration("0")).isZero();
        assertThat(SettingValues.duration("5")).isEqualTo(Duration.ofSeconds(5));
        assertThat(SettingValues.duration("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(SettingValues.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(SettingValues.duration("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> SimulatorSettings.forTests().withSettleAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorSettings.forTests().withMerchantAccounts(Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SettingValues.accounts("no-currency")).isInstanceOf(IllegalArgumentException.class);
    }
}
