package io.paystream.platform;

import io.paystream.braintree.simulator.BraintreeSimulator;
import io.paystream.braintree.simulator.SimulatorSettings;

/** One Braintree simulator for the test JVM, settling only when a test says so. */
final class Simulator {

    private static final BraintreeSimulator INSTANCE = BraintreeSimulator.start(SimulatorSettings.forTests());

    private Simulator() {}

    static BraintreeSimulator get() {
        return INSTANCE;
    }
}
