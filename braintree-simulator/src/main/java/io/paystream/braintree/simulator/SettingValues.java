package io.paystream.braintree.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses setting values given as text: durations, merchant account lists and more merchants. */
final class SettingValues {

    private SettingValues() {}

    /** {@code 0}, {@code 250ms}, {@code 5s}, {@code 2m}, or ISO-8601 such as {@code PT5S}. */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("pt")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }

    /** {@code id:CUR,id:CUR}, e.g. {@code paystream_usd:USD,paystream_eur:EUR}; the first is the default. */
    static Map<String, Currency> accounts(String text) {
        Map<String, Currency> accounts = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("merchant account must read id:CURRENCY, was " + entry);
            }
            accounts.put(parts[0].trim(), Currency.getInstance(parts[1].trim().toUpperCase(Locale.ROOT)));
        }
        return accounts;
    }

    /** {@code id:publicKey:privateKey,…}: the merchants served beside the default one. */
    static List<SimulatorSettings.Merchant> merchants(String text) {
        List<SimulatorSettings.Merchant> merchants = new ArrayList<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("a merchant must read id:publicKey:privateKey");
            }
            merchants.add(new SimulatorSettings.Merchant(parts[0].trim(), parts[1].trim(), parts[2].trim()));
        }
        return merchants;
    }
}
