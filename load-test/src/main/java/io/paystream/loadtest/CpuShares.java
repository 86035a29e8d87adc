package io.paystream.loadtest;

import io.paystream.loadtest.measure.ProcessCpu;
import java.util.Map;
import java.util.stream.Collectors;

/** What a stage's CPU cost, by process and server, shared over what it did (payments accepted, approvals answered). */
interface CpuShares {

    Map<String, Double> cpuSeconds();

    /** How many payments or approvals the CPU is shared over. */
    long units();

    default double cpuSecondsPerUnit(String role) {
        return cpuSeconds().getOrDefault(role, 0.0) / Math.max(1, units());
    }

    /** The platform's share: every service and server, not the load generator nor the trace backend. */
    default double totalCpuSecondsPerUnit() {
        return ProcessCpu.platformTotal(cpuSeconds()) / Math.max(1, units());
    }

    /** Milliseconds per unit by role, for the console. */
    default String millisByRole() {
        return cpuSeconds().keySet().stream()
                .map(role -> "%s %.1f".formatted(role, cpuSecondsPerUnit(role) * 1000))
                .collect(Collectors.joining(", "));
    }
}
