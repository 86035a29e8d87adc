package io.paystream.loadtest.measure;

import java.util.Collection;

/** Percentiles of a set of times in milliseconds (nearest-rank). */
public record Latency(int count, double p50, double p99, double max) {

    public static Latency of(Collection<? extends Number> millis) {
        double[] sorted =
                millis.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latency(sorted.length, rank(sorted, 50), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    @Override
    public String toString() {
        return count == 0 ? "n/a" : "p50 %.0f ms, p99 %.0f ms, max %.0f ms".formatted(p50, p99, max);
    }
}
