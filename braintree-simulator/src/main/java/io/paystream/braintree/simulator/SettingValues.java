package io.paystream.braintree.simulator;

import java.time.Duration;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Parses setting values given as text: durations and merchant account lists. */
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
}
