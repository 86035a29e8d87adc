package io.paystream.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Scenario 2, the checkout mix: an order, an approval, a partial deposit, and once the simulator has settled the
 * capture (it settles after 5 s) a partial refund, each call waiting for its outcome with {@code Prefer: wait=10}.
 */
public class CheckoutMixSimulation extends Simulation {

    private static final long DEPOSIT = 1500;
    private static final long REFUND = 500;
    /** The local stack's simulator settles a capture 5 s after it is submitted; refunds need it settled. */
    private static final Duration UNTIL_SETTLED = Duration.ofSeconds(7);

    private final RunSettings settings = RunSettings.fromSystemProperties();
    private final Timings timings = new Timings();

    {
        CheckoutRequests requests = new CheckoutRequests(settings, timings);
        setUp(scenario("checkout mix")
                        .exec(requests.createOrder(), requests.approveAndWait(), requests.deposit(DEPOSIT))
                        .pause(UNTIL_SETTLED)
                        .exec(requests.refund(REFUND))
                        .injectOpen(settings.arrivals()))
                .protocols(requests.protocol());
    }

    @Override
    public void after() {
        timings.writeTo(settings.timings());
    }
}
