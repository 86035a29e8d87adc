package io.paystream.platform;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import io.paystream.braintree.simulator.BraintreeSimulator;
import io.paystream.braintree.simulator.SimulatorSettings;

/** One Braintree simulator for the test JVM, settling only when a test says so. */
final class Simulator {

    private static final BraintreeSimulator INSTANCE = BraintreeSimulator.start(SimulatorSettings.forTests());

    private Simulator() {}

    static BraintreeSimulator get() {
        return INSTANCE;
    }

    /** The real SDK pointed at the simulator, for a test to set the gateway's scene directly. */
    static BraintreeGateway sdk() {
        return new BraintreeGateway(
                new Environment(INSTANCE.baseUrl(), INSTANCE.baseUrl(), new String[0], "simulator"),
                SimulatorSettings.DEFAULT_MERCHANT_ID,
                SimulatorSettings.DEFAULT_PUBLIC_KEY,
                SimulatorSettings.DEFAULT_PRIVATE_KEY);
    }
}
