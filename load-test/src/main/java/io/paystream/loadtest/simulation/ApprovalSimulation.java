package io.paystream.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * Scenarios 1 and 3: checkouts arriving at a fixed rate (open model), each an order and an approval of the stored
 * card through the facade, taking the 202. Gatling times the accept; the benchmark then reads when the order service
 * applied each {@code payment-approved} (its own timestamp) for the end-to-end time.
 */
public class ApprovalSimulation extends Simulation {

    private final RunSettings settings = RunSettings.fromSystemProperties();
    private final Timings timings = new Timings();

    {
        CheckoutRequests requests = new CheckoutRequests(settings, timings);
        setUp(scenario("approvals")
                        .exec(requests.createOrder(), requests.approve())
                        .injectOpen(settings.arrivals()))
                .protocols(requests.protocol());
    }

    @Override
    public void after() {
        timings.writeTo(settings.timings());
    }
}
