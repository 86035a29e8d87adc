package io.paystream.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import io.gatling.javaapi.core.OpenInjectionStep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What one load run asks of a simulation: where the API is, whose token to send, the stored card to pay with, the
 * open-model arrival rate (or the closed model's concurrent shoppers) and how long to hold it, and where to write the
 * timings. The benchmark sets these as system
 * properties before each Gatling run.
 */
public record RunSettings(
        String facade,
        String token,
        String paymentMethodId,
        double perSecond,
        int rampSeconds,
        int steadySeconds,
        int connections,
        Path timings) {

    private static final String PREFIX = "paystream.bench.";

    public static RunSettings fromSystemProperties() {
        return new RunSettings(
                property("facade"),
                property("token"),
                property("payment-method"),
                Double.parseDouble(property("per-second")),
                Integer.parseInt(property("ramp-seconds")),
                Integer.parseInt(property("steady-seconds")),
                Integer.parseInt(property("connections")),
                Path.of(property("timings")));
    }

    /** Checkouts arriving as an open model: a ramp from 1/s to the rate, then the rate held steady. */
    OpenInjectionStep[] arrivals() {
        return new OpenInjectionStep[] {
            rampUsersPerSec(1).to(perSecond).during(Duration.ofSeconds(rampSeconds)),
            constantUsersPerSec(perSecond).during(Duration.ofSeconds(steadySeconds))
        };
    }

    public RunSettings withConnections(int concurrentShoppers) {
        return new RunSettings(
                facade, token, paymentMethodId, perSecond, rampSeconds, steadySeconds, concurrentShoppers, timings);
    }

    public Map<String, String> asSystemProperties() {
        return Map.of(
                PREFIX + "facade", facade,
                PREFIX + "token", token,
                PREFIX + "payment-method", paymentMethodId,
                PREFIX + "per-second", String.valueOf(perSecond),
                PREFIX + "ramp-seconds", String.valueOf(rampSeconds),
                PREFIX + "steady-seconds", String.valueOf(steadySeconds),
                PREFIX + "connections", String.valueOf(connections),
                PREFIX + "timings", timings.toString());
    }

    private static String property(String name) {
        String value = System.getProperty(PREFIX + name);
        if (value == null) {
            throw new IllegalStateException(
                    "missing -D" + PREFIX + name + ": run the simulations with ./paystream bench");
        }
        return value;
    }
}
