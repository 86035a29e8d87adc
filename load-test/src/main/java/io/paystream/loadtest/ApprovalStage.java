package io.paystream.loadtest;

import io.paystream.loadtest.measure.Latency;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one approval stage measured: checkouts offered at a fixed rate, their accept latency at the facade, and their
 * end-to-end time to the order service's AUTHORIZED, with what the stage cost in CPU and PostgreSQL commits.
 *
 * @param arrivalsPerSecond approvals accepted per second in the steady window (what the load generator achieved)
 * @param completionsPerSecond orders that became AUTHORIZED per second in the steady window
 * @param shed requests the facade answered 503 because it was serving all it takes at once (load shedding), over the
 *     whole stage, with how fast it answered them
 */
record ApprovalStage(
        double offeredPerSecond,
        long checkoutsStarted,
        long accepted,
        long authorized,
        double arrivalsPerSecond,
        double completionsPerSecond,
        Latency accept,
        Latency endToEnd,
        Latency shed,
        Map<String, Double> cpuSeconds,
        long commits,
        Path report)
        implements CpuShares {

    /** The p99 end-to-end time above which a rate counts as not sustained: the backlog is growing. */
    static final double SUSTAINED_P99_MILLIS = 1000;

    /** Checkouts that did not end AUTHORIZED: a failed order or approval call, or an order never authorized. */
    long errors() {
        return checkoutsStarted - authorized;
    }

    /** Zero errors, every approval through within a second at p99, and completions keeping up with arrivals. */
    boolean sustained() {
        return errors() == 0
                && endToEnd.p99() <= SUSTAINED_P99_MILLIS
                && completionsPerSecond >= 0.95 * offeredPerSecond;
    }

    @Override
    public long units() {
        return accepted;
    }

    double cpuSecondsPerPayment(String role) {
        return cpuSecondsPerUnit(role);
    }

    /** The platform's CPU per payment. */
    double totalCpuSecondsPerPayment() {
        return totalCpuSecondsPerUnit();
    }

    double commitsPerPayment() {
        return (double) commits / Math.max(1, accepted);
    }
}
