package io.paystream.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The synchronous checkout as a closed loop: a fixed number of shoppers, each creating an order and approving it with
 * {@code Prefer: wait=10}, and starting the next checkout as soon as the answer (200, AUTHORIZED) is in. What a
 * shopper feels is the approval's latency; what the platform sustains is approvals per second at that concurrency.
 */
public class SynchronousApprovalSimulation extends Simulation {

    private final RunSettings settings = RunSettings.fromSystemProperties();
    private final Timings timings = new Timings();

    {
        CheckoutRequests requests = new CheckoutRequests(settings, timings);
        setUp(scenario("synchronous approvals")
                        .exec(requests.createOrder(), requests.approveAndWait())
                        .injectClosed(constantConcurrentUsers(settings.connections())
                                .during(Duration.ofSeconds(settings.steadySeconds()))))
                .protocols(requests.protocol());
    }

    @Override
    public void after() {
        timings.writeTo(settings.timings());
    }
}
