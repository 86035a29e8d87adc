package io.paystream.loadtest;

import io.paystream.loadtest.measure.Latency;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one closed-loop stage measured: {@code connections} shoppers each approving with {@code Prefer: wait=10} and
 * starting again once answered; how many approvals came back AUTHORIZED per second, how long each waited, and the CPU
 * each cost (its order included, the order service's share of the events drained).
 *
 * @param failed checkouts started that did not end with an AUTHORIZED answer (an error, a 202 after 10 s, a 503)
 */
record SynchronousStage(
        int connections,
        int seconds,
        long checkoutsStarted,
        long failed,
        Latency approval,
        Map<String, Double> cpuSeconds,
        long statements,
        Path report)
        implements CpuShares {

    double approvalsPerSecond() {
        return approval.count() / (double) seconds;
    }

    /** PostgreSQL statements per approval, its order's and its events' included. */
    double statementsPerApproval() {
        return (double) statements / Math.max(1, approval.count());
    }

    @Override
    public long units() {
        return approval.count();
    }
}
