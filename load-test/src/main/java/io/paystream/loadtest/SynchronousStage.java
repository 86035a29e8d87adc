package io.paystream.loadtest;

import io.paystream.loadtest.measure.Latency;
import io.paystream.loadtest.measure.ProcessCpu;
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
        Path report) {

    double approvalsPerSecond() {
        return approval.count() / (double) seconds;
    }

    /** PostgreSQL statements per approval, its order's and its events' included. */
    double statementsPerApproval() {
        return (double) statements / Math.max(1, approval.count());
    }

    double cpuSecondsPerApproval(String role) {
        return cpuSeconds.getOrDefault(role, 0.0) / Math.max(1, approval.count());
    }

    /** Every service and server, not the load generator nor the trace backend (as {@link ApprovalStage}). */
    double totalCpuSecondsPerApproval() {
        return ProcessCpu.platformTotal(cpuSeconds) / Math.max(1, approval.count());
    }
}
