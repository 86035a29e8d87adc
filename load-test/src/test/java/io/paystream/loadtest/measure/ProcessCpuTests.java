package io.paystream.loadtest.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessCpuTests {

    @Test
    void threadsOfTheStackJvmAreToldApartByName() {
        assertThat(ProcessCpu.stackServer("data-plane-kafk")).isEqualTo("Kafka (stack JVM)");
        assertThat(ProcessCpu.stackServer("kafka-request-h")).isEqualTo("Kafka (stack JVM)");
        assertThat(ProcessCpu.stackServer("elasticmq-pekko")).isEqualTo("ElasticMQ (stack JVM)");
        assertThat(ProcessCpu.stackServer("ForkJoinPool-1-")).isEqualTo("Braintree simulator (stack JVM)");
        assertThat(ProcessCpu.stackServer("C2 CompilerThre")).isNull();
    }

    @Test
    void theLoadGeneratorIsThisProcesssOwnTime() {
        Map<String, Double> before = ProcessCpu.snapshot();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 200_000_000L;
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait(); // 200 ms of this thread's CPU
        }
        Map<String, Double> after = ProcessCpu.snapshot();

        assertThat(after.get(ProcessCpu.LOAD_GENERATOR) - before.get(ProcessCpu.LOAD_GENERATOR))
                .isGreaterThanOrEqualTo(0.15);
        assertThat(after.values()).allSatisfy(seconds -> assertThat(seconds).isNotNegative());
    }

    @Test
    void aThreadOfTheStackThatEndedInBetweenCountsAsTheStacksOtherTimeNeverBelowZero() {
        Map<String, Double> before = Map.of(
                "stack JVM (all threads)", 10.0,
                "Kafka (stack JVM) thread 101", 4.0,
                "Braintree simulator (stack JVM) thread 102", 3.0);
        Map<String, Double> after = Map.of(
                "stack JVM (all threads)", 16.0,
                "Kafka (stack JVM) thread 101", 5.0,
                "Braintree simulator (stack JVM) thread 103", 2.0);

        Map<String, Double> used = ProcessCpu.difference(before, after);

        assertThat(used)
                .containsEntry("Kafka (stack JVM)", 1.0)
                .containsEntry("Braintree simulator (stack JVM)", 2.0)
                .containsEntry("stack JVM: GC, JIT, other", 3.0);
    }

    @Test
    void theDifferenceOfTwoSnapshotsIsWhatEachRoleUsedInBetween() {
        Map<String, Double> used = ProcessCpu.difference(
                Map.of("facade", 1.5, "PostgreSQL", 2.0), Map.of("facade", 4.0, "PostgreSQL", 2.25, "wallet", 0.5));

        assertThat(used)
                .containsEntry("facade", 2.5)
                .containsEntry("PostgreSQL", 0.25)
                .containsEntry("wallet", 0.5);
    }
}
