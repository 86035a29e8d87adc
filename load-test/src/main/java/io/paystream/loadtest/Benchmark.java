package io.paystream.loadtest;

import io.paystream.loadtest.measure.Latency;
import io.paystream.loadtest.measure.Pgbench;
import io.paystream.loadtest.measure.Postgres;
import io.paystream.loadtest.measure.ProcessCpu;
import io.paystream.loadtest.report.PerformanceReport;
import io.paystream.loadtest.simulation.ApprovalSimulation;
import io.paystream.loadtest.simulation.CheckoutMixSimulation;
import io.paystream.loadtest.simulation.RunSettings;
import io.paystream.loadtest.simulation.SynchronousApprovalSimulation;
import io.paystream.loadtest.simulation.Timings;
import io.paystream.loadtest.simulation.Timings.Answer;
import io.paystream.localstack.StackPorts;
import io.paystream.localstack.demo.Checkout;
import io.paystream.localstack.demo.StatementCensus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The benchmark behind {@code ./paystream bench}, against a running local stack: the machine's insert ceiling
 * (pgbench), a warm-up, synchronous approvals ({@code Prefer: wait}) by 1, 8 and 32 shoppers at once, approvals at
 * rising rates until one is not sustained, the checkout mix, then 100/s and 300/s; it writes the figures into
 * {@code docs/performance.md}.
 */
public final class Benchmark {

    private static final String RUNS = "load-test/target/bench";
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(90);

    private final Plan plan;
    private final Postgres postgres = new Postgres(StackPorts.POSTGRES);

    /**
     * Rates and durations, from {@code -Dpaystream.bench.*}: a warm-up (the services' JIT needs minutes of traffic),
     * a search upwards from {@code search-from} in steps of {@code search-step} until a rate does not hold twice, the
     * checkout mix, then the rates the figures must always show ({@code rates}, 100 and 300); after the warm-up, the
     * synchronous checkout as a closed loop at each of {@code connections} for {@code closed-seconds}.
     */
    record Plan(
            int warmUpSeconds,
            double warmUpPerSecond,
            int rampSeconds,
            int steadySeconds,
            double searchFrom,
            double searchStep,
            double searchTo,
            List<Double> rates,
            double mixPerSecond,
            int ceilingSeconds,
            List<Integer> connections,
            int closedSeconds) {

        static Plan fromSystemProperties() {
            return new Plan(
                    Integer.getInteger("paystream.bench.warm-up-seconds", 240),
                    number("warm-up-per-second", "60"),
                    Integer.getInteger("paystream.bench.ramp-seconds", 10),
                    Integer.getInteger("paystream.bench.steady-seconds", 40),
                    number("search-from", "60"),
                    number("search-step", "15"),
                    number("search-to", "1000"),
                    list("rates", "100,300", Double::parseDouble),
                    number("mix-per-second", "10"),
                    Integer.getInteger("paystream.bench.ceiling-seconds", 15),
                    list("connections", "1,8,32", Integer::parseInt),
                    Integer.getInteger("paystream.bench.closed-seconds", 30));
        }

        private static <T> List<T> list(String name, String byDefault, Function<String, T> parse) {
            return Arrays.stream(System.getProperty("paystream.bench." + name, byDefault)
                            .split(","))
                    .filter(value -> !value.isBlank())
                    .map(parse)
                    .toList();
        }

        private static double number(String name, String byDefault) {
            return Double.parseDouble(System.getProperty("paystream.bench." + name, byDefault));
        }
    }

    private Benchmark(Plan plan) {
        this.plan = plan;
    }

    public static void main(String[] args) {
        // Ours, not the local stack's logback.xml that is on the same classpath: quiet unless something goes wrong.
        System.setProperty("logback.configurationFile", "logback-bench.xml");
        new Benchmark(Plan.fromSystemProperties()).run(Path.of("docs", "performance.md"));
    }

    private void run(Path performanceFile) {
        Instant startedAt = Instant.now();
        String durability = postgres.durabilitySettings();
        System.out.println("PostgreSQL: " + durability);

        List<Pgbench.Ceiling> ceilings = plan.ceilingSeconds() == 0 ? List.of() : insertCeiling();
        ceilings.forEach(ceiling -> System.out.printf(
                "pgbench single-row inserts, %d clients: %.0f tps%n",
                ceiling.clients(), ceiling.transactionsPerSecond()));

        Checkout alice = Checkout.signIn("alice", "alice-password");
        alice.forgetStoredMethods();
        String card = alice.post(
                        "/v1/wallet/payment-methods", "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}")
                .body()
                .path("id")
                .asString();

        if (plan.warmUpSeconds() > 0) {
            // Rising to the warm-up rate over the whole warm-up, then a minute at it.
            approvals(card, plan.warmUpPerSecond(), plan.warmUpSeconds(), 60, "warm-up");
        }
        List<SynchronousStage> synchronous = plan.connections().stream()
                .map(connections -> synchronousApprovals(card, connections))
                .toList();
        List<ApprovalStage> stages = new ArrayList<>();
        if (plan.searchStep() > 0) {
            for (double rate = plan.searchFrom(); rate <= plan.searchTo(); rate += plan.searchStep()) {
                ApprovalStage stage = approvals(card, rate, plan.rampSeconds(), plan.steadySeconds(), "approvals");
                stages.add(stage);
                if (!stage.sustained()) {
                    // One steady window is one sample on a shared machine: a rate gets a second try before it
                    // ends the search, and both tries are reported.
                    stage = approvals(card, rate, plan.rampSeconds(), plan.steadySeconds(), "approvals-again");
                    stages.add(stage);
                }
                if (!stage.sustained()) {
                    break; // the first rate that does not hold twice ends the search
                }
            }
        }
        if (plan.mixPerSecond() == 0) {
            synchronous.forEach(stage -> System.out.printf(
                    "%d at once: %.1f/s, %s, %.1f ms CPU%n",
                    stage.connections(),
                    stage.approvalsPerSecond(),
                    stage.approval(),
                    stage.totalCpuSecondsPerUnit() * 1000));
            stages.forEach(stage -> System.out.printf("%.0f/s: %s%n", stage.offeredPerSecond(), stage.sustained()));
            System.out.println("No checkout mix (-Dpaystream.bench.mix-per-second=0): docs/performance.md unchanged");
            return;
        }
        // The mix before the overload rates: their backlog would be the mix's latency.
        MixRun mix = checkoutMix(card);
        for (double rate : plan.rates()) {
            stages.add(approvals(card, rate, plan.rampSeconds(), plan.steadySeconds(), "approvals"));
        }

        new PerformanceReport(BenchmarkFigures.markdown(startedAt, durability, ceilings, synchronous, stages, mix))
                .writeInto(performanceFile);
        System.out.println("Wrote " + performanceFile + "; Gatling reports under " + GatlingRun.REPORTS);
    }

    private List<Pgbench.Ceiling> insertCeiling() {
        postgres.prepareInsertCeilingDatabase("insert_ceiling");
        Pgbench pgbench = new Pgbench(StackPorts.POSTGRES, "insert_ceiling");
        return List.of(
                pgbench.singleRowInserts(1, plan.ceilingSeconds()),
                pgbench.singleRowInserts(16, plan.ceilingSeconds()));
    }

    private ApprovalStage approvals(String card, double perSecond, int rampSeconds, int steadySeconds, String label) {
        Path timings = Path.of(RUNS, label + "-" + (int) perSecond + ".csv");
        RunSettings settings = settings(card, perSecond, rampSeconds, steadySeconds, timings);
        System.out.printf("%n== %s at %.0f/s: %d s ramp, %d s steady%n", label, perSecond, rampSeconds, steadySeconds);

        Map<String, Double> cpuBefore = ProcessCpu.snapshot();
        long commitsBefore = postgres.commits();
        long startMillis = System.currentTimeMillis();
        Path report = GatlingRun.run(ApprovalSimulation.class, settings, "%s at %.0f/s".formatted(label, perSecond));

        Timings.Recorded recorded = Timings.read(timings);
        List<Answer> accepted = recorded.of("approve (accept)");
        Map<String, Instant> authorized = awaitAuthorized(accepted);
        Map<String, Double> cpu = ProcessCpu.difference(cpuBefore, ProcessCpu.snapshot());
        long commits = postgres.commits() - commitsBefore;

        long steadyFrom = startMillis + rampSeconds * 1000L;
        long steadyUntil = steadyFrom + steadySeconds * 1000L;
        List<Answer> steady = accepted.stream()
                .filter(answer -> answer.sentAtMillis() >= steadyFrom && answer.sentAtMillis() < steadyUntil)
                .toList();
        List<Long> endToEnd = steady.stream()
                .filter(answer -> authorized.containsKey(answer.orderId()))
                .map(answer -> authorized.get(answer.orderId()).toEpochMilli() - answer.sentAtMillis())
                .toList();
        long completedInWindow = authorized.values().stream()
                .filter(at -> at.toEpochMilli() >= steadyFrom && at.toEpochMilli() < steadyUntil)
                .count();
        ApprovalStage stage = new ApprovalStage(
                perSecond,
                recorded.checkoutsStarted(),
                accepted.size(),
                authorized.size(),
                steady.size() / (double) steadySeconds,
                completedInWindow / (double) steadySeconds,
                Latency.of(steady.stream().map(Answer::millis).toList()),
                Latency.of(endToEnd),
                Latency.of(
                        recorded.of(Timings.SHED).stream().map(Answer::millis).toList()),
                cpu,
                commits,
                report);
        System.out.printf(
                "%s at %.0f/s: %d started, %d accepted, %d authorized; arrivals %.0f/s, completions %.0f/s;"
                        + " accept %s; end to end %s; shed (503) %d, %s; %.1f ms CPU and %.1f commits per payment"
                        + " -> %s%n",
                label,
                perSecond,
                stage.checkoutsStarted(),
                stage.accepted(),
                stage.authorized(),
                stage.arrivalsPerSecond(),
                stage.completionsPerSecond(),
                stage.accept(),
                stage.endToEnd(),
                stage.shed().count(),
                stage.shed(),
                stage.totalCpuSecondsPerPayment() * 1000,
                stage.commitsPerPayment(),
                stage.sustained() ? "sustained" : "NOT sustained");
        System.out.println("CPU ms per payment: " + stage.millisByRole());
        return stage;
    }

    private SynchronousStage synchronousApprovals(String card, int connections) {
        String label = "synchronous-" + connections;
        Path timings = Path.of(RUNS, label + ".csv");
        RunSettings settings =
                settings(card, 0, 0, plan.closedSeconds(), timings).withConnections(connections);
        System.out.printf(
                "%n== synchronous approvals (Prefer: wait), %d at once, %d s%n", connections, plan.closedSeconds());

        Map<String, Double> cpuBefore = ProcessCpu.snapshot();
        long statementsBefore = StatementCensus.total();
        Path report = GatlingRun.run(
                SynchronousApprovalSimulation.class,
                settings,
                "synchronous approvals, %d connection(s)".formatted(connections));
        Timings.Recorded recorded = Timings.read(timings);
        List<Answer> approved = recorded.of("approve (wait)");
        // The order service applies the same payment-approved beside the orchestrator: its share is counted too.
        awaitAuthorized(approved);
        Map<String, Double> cpu = ProcessCpu.difference(cpuBefore, ProcessCpu.snapshot());
        long statements = StatementCensus.total() - statementsBefore;

        SynchronousStage stage = new SynchronousStage(
                connections,
                plan.closedSeconds(),
                recorded.checkoutsStarted(),
                recorded.checkoutsStarted() - approved.size(),
                Latency.of(approved.stream().map(Answer::millis).toList()),
                cpu,
                statements,
                report);
        System.out.printf(
                "synchronous approvals, %d at once: %.1f/s, %s, %d failed; %.1f statements and %.1f ms CPU per approval"
                        + " -> %s%n",
                connections,
                stage.approvalsPerSecond(),
                stage.approval(),
                stage.failed(),
                stage.statementsPerApproval(),
                stage.totalCpuSecondsPerUnit() * 1000,
                stage.millisByRole());
        return stage;
    }

    /** Waits until every accepted approval's order is AUTHORIZED in the order service, or the drain timeout. */
    private Map<String, Instant> awaitAuthorized(List<Answer> accepted) {
        Set<String> orders = accepted.stream().map(Answer::orderId).collect(Collectors.toSet());
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        Map<String, Instant> authorized = postgres.authorizedAt(orders);
        while (authorized.size() < orders.size() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos()); // the pipeline drains at its own pace
            authorized = postgres.authorizedAt(orders);
        }
        return authorized;
    }

    /** Scenario 2's result: per request type, the answered calls' latency; errors are checkouts not completed. */
    record MixRun(double perSecond, long checkoutsStarted, Map<String, Latency> latency, long completed, Path report) {

        long errors() {
            return checkoutsStarted - completed;
        }
    }

    private MixRun checkoutMix(String card) {
        Path timings = Path.of(RUNS, "checkout-mix.csv");
        System.out.printf("%n== checkout mix at %.0f/s%n", plan.mixPerSecond());
        Path report = GatlingRun.run(
                CheckoutMixSimulation.class,
                settings(card, plan.mixPerSecond(), plan.rampSeconds(), plan.steadySeconds(), timings),
                "checkout mix at %.0f/s".formatted(plan.mixPerSecond()));
        Timings.Recorded recorded = Timings.read(timings);
        Map<String, Latency> latency = recorded.answers().stream()
                .collect(Collectors.groupingBy(
                        Answer::request,
                        java.util.TreeMap::new,
                        Collectors.collectingAndThen(
                                Collectors.mapping(Answer::millis, Collectors.toList()), Latency::of)));
        MixRun mix = new MixRun(
                plan.mixPerSecond(),
                recorded.checkoutsStarted(),
                latency,
                recorded.of("refund (wait)").size(),
                report);
        System.out.printf(
                "checkout mix: %d started, %d completed; %s%n", mix.checkoutsStarted(), mix.completed(), latency);
        return mix;
    }

    private RunSettings settings(String card, double perSecond, int rampSeconds, int steadySeconds, Path timings) {
        // A fresh token per run: Keycloak's access tokens live 5 minutes.
        String token = Checkout.signIn("alice", "alice-password").token();
        return new RunSettings(
                Checkout.FACADE, token, card, perSecond, rampSeconds, steadySeconds, 0, timings.toAbsolutePath());
    }
}
