package io.paystream.braintree.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How a simulator runs: where it listens, the merchant credentials it accepts, its merchant accounts (the first is
 * the default, each with its currency) and how long after capture it settles ({@link Duration#ZERO}: only on demand).
 */
public record SimulatorSettings(
        String host,
        int port,
        String merchantId,
        String publicKey,
        String privateKey,
        Map<String, Currency> merchantAccounts,
        Duration settleAfter,
        List<Merchant> otherMerchants) {

    public static final int DEFAULT_PORT = 8089;
    public static final String DEFAULT_MERCHANT_ID = "paystream_merchant";
    public static final String DEFAULT_PUBLIC_KEY = "paystream_public_key";
    public static final String DEFAULT_PRIVATE_KEY = "paystream_private_key";
    public static final Duration DEFAULT_SETTLE_AFTER = Duration.ofSeconds(5);

    public SimulatorSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(settleAfter, "settleAfter");
        if (merchantAccounts.isEmpty()) {
            throw new IllegalArgumentException("at least one merchant account is needed");
        }
        if (settleAfter.isNegative()) {
            throw new IllegalArgumentException("settleAfter must not be negative");
        }
        merchantAccounts = Collections.unmodifiableMap(new LinkedHashMap<>(merchantAccounts));
        otherMerchants = List.copyOf(otherMerchants);
        if (otherMerchants.stream().anyMatch(other -> other.merchantId().equals(merchantId))) {
            throw new IllegalArgumentException("merchant " + merchantId + " is named twice");
        }
    }

    /**
     * Another merchant the simulator serves beside the default one, with its own credentials, vault and transactions,
     * as each Braintree merchant has (the same merchant accounts and settlement).
     */
    public record Merchant(String merchantId, String publicKey, String privateKey) {

        @Override
        public String toString() {
            return "Merchant[" + merchantId + ", keys hidden]";
        }
    }

    /** The default merchant and the others. */
    public List<Merchant> merchants() {
        List<Merchant> all = new ArrayList<>();
        all.add(new Merchant(merchantId, publicKey, privateKey));
        all.addAll(otherMerchants);
        return all;
    }

    /** One more merchant, beside those already served. */
    public SimulatorSettings withMerchant(String merchant, String publicKeyValue, String privateKeyValue) {
        List<Merchant> more = new ArrayList<>(otherMerchants);
        more.add(new Merchant(merchant, publicKeyValue, privateKeyValue));
        return new SimulatorSettings(
                host, port, merchantId, publicKey, privateKey, merchantAccounts, settleAfter, more);
    }

    /** For tests: any free port on the loopback interface, the default keys, settlement only on demand. */
    public static SimulatorSettings forTests() {
        return new SimulatorSettings(
                "127.0.0.1",
                0,
                DEFAULT_MERCHANT_ID,
                DEFAULT_PUBLIC_KEY,
                DEFAULT_PRIVATE_KEY,
                defaultMerchantAccounts(),
                Duration.ZERO,
                List.of());
    }

    /** For the local stack: port 8089, the default keys, settlement five seconds after capture. */
    public static SimulatorSettings forLocalStack() {
        return forTests().withPort(DEFAULT_PORT).withSettleAfter(DEFAULT_SETTLE_AFTER);
    }

    /** USD (the default), EUR, GBP and JPY accounts named {@code paystream_<currency>}. */
    public static Map<String, Currency> defaultMerchantAccounts() {
        Map<String, Currency> accounts = new LinkedHashMap<>();
        for (String code : new String[] {"USD", "EUR", "GBP", "JPY"}) {
            accounts.put("paystream_" + code.toLowerCase(Locale.ROOT), Currency.getInstance(code));
        }
        return accounts;
    }

    /** The account sales use when they name none. */
    public String defaultMerchantAccountId() {
        return merchantAccounts.keySet().iterator().next();
    }

    public SimulatorSettings withHost(String value) {
        return new SimulatorSettings(
                value, port, merchantId, publicKey, privateKey, merchantAccounts, settleAfter, otherMerchants);
    }

    public SimulatorSettings withPort(int value) {
        return new SimulatorSettings(
                host, value, merchantId, publicKey, privateKey, merchantAccounts, settleAfter, otherMerchants);
    }

    public SimulatorSettings withCredentials(String merchant, String publicKeyValue, String privateKeyValue) {
        return new SimulatorSettings(
                host, port, merchant, publicKeyValue, privateKeyValue, merchantAccounts, settleAfter, otherMerchants);
    }

    public SimulatorSettings withMerchantAccounts(Map<String, Currency> value) {
        return new SimulatorSettings(host, port, merchantId, publicKey, privateKey, value, settleAfter, otherMerchants);
    }

    public SimulatorSettings withSettleAfter(Duration value) {
        return new SimulatorSettings(
                host, port, merchantId, publicKey, privateKey, merchantAccounts, value, otherMerchants);
    }

    /**
     * The local-stack settings overridden by {@code lookup} (a system property, else an environment variable):
     * {@code braintree.simulator.host/port/merchant-id/public-key/private-key/settle-after/merchant-accounts}, and
     * {@code braintree.simulator.merchants} for more merchants: {@code id:publicKey:privateKey}, comma-separated.
     */
    public static SimulatorSettings from(UnaryOperator<String> lookup) {
        SimulatorSettings settings = forLocalStack();
        String host = lookup.apply("braintree.simulator.host");
        String port = lookup.apply("braintree.simulator.port");
        String settleAfter = lookup.apply("braintree.simulator.settle-after");
        String accounts = lookup.apply("braintree.simulator.merchant-accounts");
        String others = lookup.apply("braintree.simulator.merchants");
        settings = settings.withCredentials(
                Objects.requireNonNullElse(lookup.apply("braintree.simulator.merchant-id"), settings.merchantId),
                Objects.requireNonNullElse(lookup.apply("braintree.simulator.public-key"), settings.publicKey),
                Objects.requireNonNullElse(lookup.apply("braintree.simulator.private-key"), settings.privateKey));
        settings = host == null ? settings : settings.withHost(host);
        settings = port == null ? settings : settings.withPort(Integer.parseInt(port.trim()));
        settings = settleAfter == null ? settings : settings.withSettleAfter(SettingValues.duration(settleAfter));
        settings = accounts == null ? settings : settings.withMerchantAccounts(SettingValues.accounts(accounts));
        for (Merchant other : others == null ? List.<Merchant>of() : SettingValues.merchants(others)) {
            settings = settings.withMerchant(other.merchantId(), other.publicKey(), other.privateKey());
        }
        return settings;
    }
}
