package io.paystream.braintree.simulator;

import java.util.Locale;

/**
 * Runs the simulator until the JVM is stopped. Settings come from system properties, else environment variables
 * ({@code braintree.simulator.port} or {@code BRAINTREE_SIMULATOR_PORT}, and so on; see {@link SimulatorSettings#from}).
 */
public final class BraintreeSimulatorMain {

    private BraintreeSimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorSettings settings = SimulatorSettings.from(BraintreeSimulatorMain::lookup);
        BraintreeSimulator simulator = BraintreeSimulator.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "braintree-simulator-shutdown"));
        System.out.printf(
                "Braintree simulator on %s (merchant %s, settles %s after capture; admin API at %s/admin)%n",
                simulator.baseUrl(),
                settings.merchantId(),
                settings.settleAfter().isZero()
                        ? "only on demand"
                        : settings.settleAfter().toMillis() + " ms",
                simulator.baseUrl());
        Thread.currentThread().join();
    }

    /** {@code braintree.simulator.merchant-id} as a system property, else {@code BRAINTREE_SIMULATOR_MERCHANT_ID}. */
    static String lookup(String key) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String variable =
                System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        return variable == null || variable.isBlank() ? null : variable;
    }
}
