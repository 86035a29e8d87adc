package io.paystream.braintree.simulator.nonce;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's fixed fake nonces ({@code com.braintreegateway.test.Nonce}) that the simulator models. Like the
 * sandbox, these never wear out: each may be used any number of times.
 */
public final class FakeNonces {

    /** Always answers "already consumed" (91564 on a sale, 93107 when vaulting). */
    public static final String CONSUMED = "fake-consumed-nonce";

    private static final String MONTH = "12";
    private static final String YEAR = Year.now(ZoneOffset.UTC).plusYears(1).toString();

    private static final Map<String, Instrument> INSTRUMENTS = Map.ofEntries(
            Map.entry("fake-valid-nonce", card("Visa", "401288", "1881", false)),
            Map.entry("fake-valid-visa-nonce", card("Visa", "411111", "1111", false)),
            Map.entry("fake-valid-mastercard-nonce", card("MasterCard", "555555", "4444", false)),
            Map.entry("fake-valid-amex-nonce", card("American Express", "378282", "0005", false)),
            Map.entry("fake-valid-discover-nonce", card("Discover", "601111", "1117", false)),
            Map.entry("fake-valid-jcb-nonce", card("JCB", "353011", "0000", false)),
            Map.entry("fake-valid-maestro-nonce", card("Maestro", "630400", "0000", false)),
            Map.entry("fake-valid-dinersclub-nonce", card("Diners Club", "305693", "5904", false)),
            Map.entry("fake-processor-declined-visa-nonce", card("Visa", "400011", "1115", true)),
            Map.entry("fake-processor-declined-mastercard-nonce", card("MasterCard", "510510", "5100", true)),
            Map.entry("fake-processor-declined-amex-nonce", card("American Express", "378734", "1000", true)),
            Map.entry("fake-processor-declined-discover-nonce", card("Discover", "601100", "9424", true)),
            Map.entry("fake-paypal-one-time-nonce", paypal(true)),
            Map.entry("fake-paypal-billing-agreement-nonce", paypal(false)),
            Map.entry("fake-paypal-future-nonce", paypal(false)),
            Map.entry("fake-paypal-future-refresh-token-nonce", paypal(false)),
            Map.entry("fake-apple-pay-visa-nonce", applePay("Visa", "401288", "1881", "Visa 8886")),
            Map.entry("fake-apple-pay-mastercard-nonce", applePay("MasterCard", "555555", "4444", "MasterCard 0017")),
            Map.entry("fake-apple-pay-amex-nonce", applePay("American Express", "378282", "0005", "AmEx 41002")),
            Map.entry("fake-apple-pay-mpan-nonce", applePay("Visa", "401288", "2006", "Visa 2006")),
            Map.entry("fake-android-pay-nonce", googlePay("Discover", "1117", "Discover", "1111", false)),
            Map.entry("fake-android-pay-discover-nonce", googlePay("Discover", "1117", "Discover", "1111", false)),
            Map.entry("fake-android-pay-visa-nonce", googlePay("Visa", "1881", "Visa", "1111", true)),
            Map.entry("fake-android-pay-mastercard-nonce", googlePay("MasterCard", "4444", "MasterCard", "0005", true)),
            Map.entry(
                    "fake-android-pay-amex-nonce",
                    googlePay("American Express", "0005", "American Express", "0005", true)));

    private FakeNonces() {}

    public static Optional<Instrument> lookup(String nonce) {
        return Optional.ofNullable(INSTRUMENTS.get(nonce));
    }

    public static Set<String> all() {
        return INSTRUMENTS.keySet();
    }

    private static Card card(String type, String bin, String last4, boolean declines) {
        return new Card(type, bin, last4, MONTH, YEAR, null, declines);
    }

    private static PayPal paypal(boolean oneTime) {
        return new PayPal("payer@example.com", "PAYER0SIM0ID", "Pat", "Payer", oneTime);
    }

    private static ApplePay applePay(String brand, String bin, String last4, String source) {
        String sourceLast4 = source.substring(source.lastIndexOf(' ') + 1);
        return new ApplePay("Apple Pay - " + brand, bin, last4, MONTH, YEAR, source, source, sourceLast4);
    }

    private static GooglePay googlePay(
            String virtualType, String virtualLast4, String sourceType, String sourceLast4, boolean tokenized) {
        String bin = virtualType.equals("Visa") ? "401288" : virtualType.equals("MasterCard") ? "555555" : "601111";
        return new GooglePay(virtualType, virtualLast4, sourceType, sourceLast4, bin, MONTH, YEAR, tokenized);
    }
}
