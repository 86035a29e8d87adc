package io.paystream.loadtest;

import io.paystream.loadtest.Benchmark.MixRun;
import io.paystream.loadtest.measure.Pgbench.Ceiling;
import io.paystream.loadtest.report.PerformanceReport;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/** A benchmark's results as the Markdown of docs/performance.md's generated part. */
final class BenchmarkFigures {

    private BenchmarkFigures() {}

    static String markdown(
            Instant startedAt,
            String durability,
            List<Ceiling> ceilings,
            List<SynchronousStage> synchronous,
            List<ApprovalStage> stages,
            MixRun mix) {
        StringBuilder page = new StringBuilder();
        page.append("## Latest run of `./paystream bench`\n\n");
        page.append("- Machine: ").append(PerformanceReport.machine(startedAt)).append(".\n");
        page.append("- Everything on this machine at once: PostgreSQL, Kafka, ElasticMQ, Keycloak, the Braintree")
                .append(" simulator, the five services and the load generator.\n");
        page.append("- PostgreSQL: ").append(durability).append(".\n\n");

        Optional<ApprovalStage> best = stages.stream()
                .filter(ApprovalStage::sustained)
                .max(java.util.Comparator.comparingDouble(ApprovalStage::offeredPerSecond));
        page.append("### Headline\n\n");
        page.append(best.map(stage -> format(
                        "- **Sustained end-to-end approvals: %.0f/s** with zero errors (the highest rate tried"
                                + " that held: every order AUTHORIZED, p99 approve-to-AUTHORIZED %.0f ms).\n",
                        stage.offeredPerSecond(), stage.endToEnd().p99()))
                .orElse("- No rate tried was sustained (see the table).\n"));
        if (!synchronous.isEmpty()) {
            page.append("- **Synchronous approvals** (`Prefer: wait=10`, closed loop):");
            page.append(String.join(
                    ";",
                    synchronous.stream()
                            .map(stage -> format(
                                    " %d at once **%.0f/s**, p50 %s, %.1f ms CPU each",
                                    stage.connections(),
                                    stage.approvalsPerSecond(),
                                    millis(stage.approval().p50()),
                                    stage.totalCpuSecondsPerUnit() * 1000))
                            .toList()));
            page.append(".\n");
        }
        for (Ceiling ceiling : ceilings) {
            page.append(format(
                    "- Machine ceiling, pgbench single-row-insert transactions, %d client%s for %d s: **%.0f/s**.\n",
                    ceiling.clients(),
                    ceiling.clients() == 1 ? "" : "s",
                    ceiling.seconds(),
                    ceiling.transactionsPerSecond()));
        }
        best.ifPresent(stage -> {
            double ceiling = ceilings.stream()
                    .mapToDouble(Ceiling::transactionsPerSecond)
                    .max()
                    .orElse(Double.NaN);
            page.append(format(
                    "- As a ratio: %.0f payments/s × %.1f commits each = %.0f commits/s, %.0f%% of the insert ceiling"
                            + " (%.0f/s); this machine commits %.0f single-row inserts per second for each payment per"
                            + " second the platform sustains.\n",
                    stage.offeredPerSecond(),
                    stage.commitsPerPayment(),
                    stage.offeredPerSecond() * stage.commitsPerPayment(),
                    100 * stage.offeredPerSecond() * stage.commitsPerPayment() / ceiling,
                    ceiling,
                    ceiling / stage.offeredPerSecond()));
        });

        if (!synchronous.isEmpty()) {
            appendSynchronous(page, synchronous);
        }

        page.append("\n### Approvals by offered rate (scenarios 1 and 3)\n\n");
        page.append("Accept: `POST /v1/payments` → 202 at the facade, timed by Gatling. End to end: from sending the")
                .append(" approve call to the order service's own `applied_at` of `payment-approved`. Both over the")
                .append(" steady window, after the ramp.\n\n");
        page.append("| offered /s | accepted /s | authorized /s | errors | of which shed (503), p99 | accept p50"
                + " | accept p99 | e2e p50 | e2e p99 | e2e max | CPU ms / payment | commits / payment | sustained"
                + " | Gatling report |\n");
        page.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ApprovalStage stage : stages) {
            page.append(format(
                    "| %.0f | %.0f | %.0f | %d | %s | %s | %s | %s | %s | %s | %.1f | %.1f | %s | `%s` |\n",
                    stage.offeredPerSecond(),
                    stage.arrivalsPerSecond(),
                    stage.completionsPerSecond(),
                    stage.errors(),
                    stage.shed().count() == 0
                            ? "0"
                            : stage.shed().count() + ", " + millis(stage.shed().p99()),
                    millis(stage.accept().p50()),
                    millis(stage.accept().p99()),
                    millis(stage.endToEnd().p50()),
                    millis(stage.endToEnd().p99()),
                    millis(stage.endToEnd().max()),
                    stage.totalCpuSecondsPerUnit() * 1000,
                    stage.commitsPerPayment(),
                    stage.sustained() ? "yes" : "**no**",
                    stage.report().getFileName()));
        }

        page.append("\n### CPU milliseconds per payment, by process and server\n\n");
        page.append("Per accepted approval (an order and an approval through the facade, the payment's job and")
                .append(" events), from `/proc` before and after each stage, the drain included.\n\n");
        appendCpuByProcess(page, stages, stage -> format("%.0f/s", stage.offeredPerSecond()));
        page.append("| **total** |");
        stages.forEach(stage -> page.append(format(" **%.2f** |", stage.totalCpuSecondsPerUnit() * 1000)));
        page.append("\n");

        page.append(format(
                "\n### Checkout mix at %.0f checkouts/s (scenario 2)\n\nEach checkout: order, approve, deposit 15.00"
                        + " of 19.99, wait for the simulator's settlement, refund 5.00; every payment call with"
                        + " `Prefer: wait=10`. %d started, %d completed, %d errors. Report `%s`.\n\n",
                mix.perSecond(),
                mix.checkoutsStarted(),
                mix.completed(),
                mix.errors(),
                mix.report().getFileName()));
        page.append("| request | answered | p50 | p99 | max |\n|---|---|---|---|---|\n");
        mix.latency()
                .forEach((request, latency) -> page.append(format(
                        "| %s | %d | %s | %s | %s |\n",
                        request,
                        latency.count(),
                        millis(latency.p50()),
                        millis(latency.p99()),
                        millis(latency.max()))));
        return page.toString();
    }

    private static void appendSynchronous(StringBuilder page, List<SynchronousStage> synchronous) {
        page.append("\n### Synchronous approvals by shoppers at once (closed loop)\n\n");
        page.append("Each shopper creates an order and approves it with `Prefer: wait=10`, and starts again once the")
                .append(" answer is in: 200 AUTHORIZED counts, anything else fails the checkout. Latency is the")
                .append(
                        " approval call's; CPU is per approval, its order and both consumers of its events included.\n\n");
        page.append(
                "| shoppers at once | seconds | approvals /s | p50 | p99 | max | failed | CPU ms / approval"
                        + " | PostgreSQL statements / approval | Gatling report |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (SynchronousStage stage : synchronous) {
            page.append(format(
                    "| %d | %d | %.1f | %s | %s | %s | %d | %.1f | %.1f | `%s` |\n",
                    stage.connections(),
                    stage.seconds(),
                    stage.approvalsPerSecond(),
                    millis(stage.approval().p50()),
                    millis(stage.approval().p99()),
                    millis(stage.approval().max()),
                    stage.failed(),
                    stage.totalCpuSecondsPerUnit() * 1000,
                    stage.statementsPerApproval(),
                    stage.report().getFileName()));
        }
        page.append("\nCPU ms per synchronous approval, by process and server:\n\n");
        appendCpuByProcess(page, synchronous, stage -> stage.connections() + " at once");
    }

    /** One row per process and server, one column per stage: CPU milliseconds per payment or approval. */
    private static <S extends CpuShares> void appendCpuByProcess(
            StringBuilder page, List<S> stages, Function<S, String> column) {
        page.append("| process |");
        stages.forEach(stage -> page.append(' ').append(column.apply(stage)).append(" |"));
        page.append("\n|---|");
        stages.forEach(stage -> page.append("---|"));
        page.append("\n");
        TreeSet<String> roles = new TreeSet<>();
        stages.forEach(stage -> roles.addAll(stage.cpuSeconds().keySet()));
        for (String role : roles) {
            page.append("| ").append(role).append(" |");
            stages.forEach(stage -> page.append(format(" %.2f |", stage.cpuSecondsPerUnit(role) * 1000)));
            page.append("\n");
        }
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "n/a" : format("%.0f ms", value);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
