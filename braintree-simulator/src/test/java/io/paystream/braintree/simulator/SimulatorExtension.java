package io.paystream.braintree.simulator;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One simulator per test class (settlement on demand), reset before each test, injected as {@link BraintreeSimulator}
 * together with a real braintree-java {@link BraintreeGateway} aimed at it.
 */
final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    static {
        // braintree-java logs every request at INFO through java.util.logging.
        Logger.getLogger("Braintree").setLevel(Level.WARNING);
    }

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SimulatorExtension.class);

    /** The SDK gateway for {@code simulator}, as another module would build it from the base URL and keys. */
    static BraintreeGateway gatewayFor(BraintreeSimulator simulator) {
        SimulatorSettings settings = simulator.settings();
        Environment environment = new Environment(simulator.baseUrl(), simulator.baseUrl(), new String[0], "simulator");
        return new BraintreeGateway(environment, settings.merchantId(), settings.publicKey(), settings.privateKey());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(BraintreeSimulator.class, BraintreeSimulator.start());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator(context).close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BraintreeSimulator.class || type == BraintreeGateway.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        BraintreeSimulator simulator = simulator(context);
        return parameter.getParameter().getType() == BraintreeSimulator.class ? simulator : gatewayFor(simulator);
    }

    private static BraintreeSimulator simulator(ExtensionContext context) {
        ExtensionContext classContext =
                context.getTestClass().isPresent() && context.getTestMethod().isPresent()
                        ? context.getParent().orElseThrow()
                        : context;
        return classContext.getStore(NAMESPACE).get(BraintreeSimulator.class, BraintreeSimulator.class);
    }
}
