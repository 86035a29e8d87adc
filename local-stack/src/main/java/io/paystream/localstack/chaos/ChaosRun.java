package io.paystream.localstack.chaos;

import io.paystream.localstack.chaos.ChaosCheckout.Kind;
import io.paystream.localstack.chaos.ChaosCheckout.Result;
import io.paystream.localstack.chaos.Disruptions.Disruption;
import io.paystream.localstack.demo.Checkout;
import io.paystream.localstack.report.GeneratedSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./paystream chaos}, against a stack it started with its control port: shoppers check out carefully while
 * {@link Disruptions} runs, until at least {@code paystream.chaos.checkouts} are done and every fault has happened;
 * then {@link LedgerCheck} compares every checkout with the simulator's ledger. Prints a summary, writes
 * docs/reliability.md, and exits 1 if any check fails.
 */
public final class ChaosRun {

    static final String BEGIN = "<!-- ./paystream chaos writes from here -->";
    static final String END = "<!-- ./paystream chaos writes up to here -->";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChaosRun() {}

    public static void main(String[] args) throws InterruptedException {
        int checkouts = Integer.getInteger("paystream.chaos.checkouts", 300);
        int shoppers = Integer.getInteger("paystream.chaos.shoppers", 8);
        Disruptions disruptions = new Disruptions(
                Integer.getInteger("paystream.control-port", 8099),
                Duration.ofSeconds(Long.getLong("paystream.chaos.pause-seconds", 10)),
                Duration.ofSeconds(Long.getLong("paystream.chaos.down-seconds", 15)));
        List<Supplier<String>> customers = List.of(signedIn("alice"), signedIn("bob"));
        List<String> methods = customers.stream().map(ChaosRun::storedCard).toList();

        Instant startedAt = Instant.now();
        System.out.printf("Chaos run: %d+ checkouts by %d careful shoppers, while:%n", checkouts, shoppers);
        Thread faults = Thread.ofPlatform().name("disruptions").start(disruptions);
        AtomicInteger next = new AtomicInteger();
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        List<CarefulShopper> all = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < shoppers; s++) {
                CarefulShopper shopper = new CarefulShopper(customers.get(s % customers.size()));
                String method = methods.get(s % methods.size());
                all.add(shopper);
                pool.submit(() -> {
                    for (int n = next.getAndIncrement();
                            n < checkouts || !disruptions.finished();
                            n = next.getAndIncrement()) {
                        results.add(ChaosCheckout.run(Kind.values()[n % Kind.values().length], shopper, method));
                    }
                });
            }
        }
        faults.join();

        LedgerCheck ledger = new LedgerCheck(simulator("transactions"));
        Map<String, Long> faultHits = new ConcurrentHashMap<>();
        simulator("requests").forEach(request -> {
            if (request.hasNonNull("fault")) {
                faultHits.merge(
                        request.path("fault").asString() + " "
                                + request.path("operation").asString(),
                        1L,
                        Long::sum);
            }
        });
        List<String> violations = new ArrayList<>(ledger.violations(results));
        violations.addAll(disruptions.failures());
        String report = report(startedAt, results, disruptions.done(), faultHits, ledger, violations, all);
        System.out.println(report);
        write(report);
        if (!violations.isEmpty()) {
            System.exit(1);
        }
    }

    private static String report(
            Instant startedAt,
            List<Result> results,
            List<Disruption> disruptions,
            Map<String, Long> faultHits,
            LedgerCheck ledger,
            List<String> violations,
            List<CarefulShopper> shoppers) {
        StringBuilder page = new StringBuilder("## Latest run of `./paystream chaos`\n\n");
        Instant lastFault = disruptions.stream()
                .map(Disruption::to)
                .max(Comparator.naturalOrder())
                .orElse(startedAt);
        Instant lastOutcome = results.stream()
                .map(Result::finishedAt)
                .max(Comparator.naturalOrder())
                .orElse(startedAt);
        page.append("- Run started %s, took %d s; %s.%n"
                .formatted(
                        DateTimeFormatter.ISO_LOCAL_DATE_TIME
                                        .format(startedAt.atOffset(ZoneOffset.UTC))
                                        .substring(0, 19)
                                + " UTC",
                        Duration.between(startedAt, Instant.now()).toSeconds(),
                        violations.isEmpty()
                                ? "**every check passed**"
                                : "**" + violations.size() + " checks failed**"));
        page.append(
                "- %d checkouts by %d careful shoppers, %d requests sent again through the faults; %d gateway transactions in the simulator's ledger.%n"
                        .formatted(
                                results.size(),
                                shoppers.size(),
                                shoppers.stream()
                                        .mapToInt(CarefulShopper::retries)
                                        .sum(),
                                ledger.transactions()));
        page.append("- From the end of the last fault to the last checkout's final outcome: %d s.%n%n"
                .formatted(Math.max(0, Duration.between(lastFault, lastOutcome).toSeconds())));
        page.append("| checkout | runs | as expected |\n|---|---|---|\n");
        Map<Kind, int[]> byKind = new ConcurrentHashMap<>();
        results.forEach(result -> {
            int[] counts = byKind.computeIfAbsent(result.kind(), kind -> new int[2]);
            counts[0]++;
            counts[1] += result.asExpected() ? 1 : 0;
        });
        for (Kind kind : Kind.values()) {
            int[] counts = byKind.getOrDefault(kind, new int[2]);
            page.append("| %s → payment %s, order %s | %d | %d |%n"
                    .formatted(
                            kind.name().toLowerCase().replace('_', ' '),
                            kind.paymentStatus,
                            kind.orderStatus,
                            counts[0],
                            counts[1]));
        }
        page.append("\n| fault | what | lasted, or requests it hit |\n|---|---|---|\n");
        disruptions.forEach(disruption -> page.append("| %s | %s | %s |%n"
                .formatted(
                        disruption.kind(),
                        disruption.what(),
                        disruption.gatewayFault() == null
                                ? "%.1f s".formatted(disruption.lasted().toMillis() / 1000.0)
                                : faultHits.getOrDefault(disruption.gatewayFault(), 0L) + " requests")));
        page.append(
                "\nChecks: no operation moved money twice (one gateway transaction at most per operation id); no gateway transaction that no operation accounts for; every payment and order in its kind's final state; each checkout's money where its kind puts it (sale authorized, captured whole, or voided; a capture of 30.00 and a refund of 10.00); the four services with a database unready while it was gone and ready again after.\n");
        if (!violations.isEmpty()) {
            page.append("\nFailed:\n\n");
            violations.forEach(violation -> page.append("- ").append(violation).append('\n'));
        }
        return page.toString();
    }

    private static void write(String report) {
        new GeneratedSection("Reliability", BEGIN, END).writeInto(Path.of("docs", "reliability.md"), report);
    }

    /** A token of the user's, signed in again every minute: a run outlasts a token's five minutes. */
    private static Supplier<String> signedIn(String user) {
        record Held(String token, Instant at) {}
        Held[] held = new Held[1];
        return () -> {
            synchronized (held) {
                if (held[0] == null || held[0].at().isBefore(Instant.now().minusSeconds(60))) {
                    held[0] = new Held(Checkout.signIn(user, user + "-password").token(), Instant.now());
                }
                return held[0].token();
            }
        };
    }

    private static String storedCard(Supplier<String> customer) {
        CarefulShopper shopper = new CarefulShopper(customer);
        for (JsonNode method : shopper.get("/v1/wallet/payment-methods").body()) {
            shopper.delete("/v1/wallet/payment-methods/" + method.path("id").asString());
        }
        return shopper.post("/v1/wallet/payment-methods", "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}")
                .body()
                .path("id")
                .asString();
    }

    /** The simulator's own records: {@code transactions} (its ledger) or {@code requests} (its journal). */
    private static JsonNode simulator(String records) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:8089/admin/" + records))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the simulator's " + records + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
