package io.paystream.localstack.chaos;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The faults of a chaos run, one after another with a pause between: each of the five services killed (SIGKILL) and
 * started again, a busy platform service stopped with SIGTERM, PostgreSQL's postmaster killed, Kafka and the SQS
 * server stopped for a while, and each kind of gateway fault armed at the simulator on the operations it hurts most.
 */
final class Disruptions implements Runnable {

    /**
     * One fault as it happened: what, and from when to when (the start of a killed service included); a gateway
     * fault also says which requests it hits, as the simulator's journal names them ({@code "timeout void"}).
     */
    record Disruption(String kind, String what, String gatewayFault, Instant from, Instant to) {

        Duration lasted() {
            return Duration.between(from, to);
        }
    }

    private record Step(String kind, String what, String gatewayFault, Runnable action) {

        Step(String kind, String what, Runnable action) {
            this(kind, what, null, action);
        }
    }

    private static final String SIMULATOR = "http://localhost:8089";
    private static final int READY = 200;
    private static final int UNREADY = 503;
    /** The services with a database, by readiness probe: unready while it is gone, ready again once it is back. */
    private static final Map<String, String> DATABASE_SERVICES = Map.of(
            "payments-b-orchestrator", "http://localhost:8081/actuator/health/readiness",
            "wallet-service", "http://localhost:8082/actuator/health/readiness",
            "payment-platform-service", "http://localhost:8083/actuator/health/readiness",
            "order-service", "http://localhost:8084/actuator/health/readiness");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String control;
    private final Duration pause;
    private final Duration brokerDown;
    private final List<Disruption> done = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private volatile boolean finished;

    Disruptions(int controlPort, Duration pause, Duration brokerDown) {
        this.control = "http://127.0.0.1:" + controlPort;
        this.pause = pause;
        this.brokerDown = brokerDown;
    }

    @Override
    public void run() {
        try {
            for (Step step : plan()) {
                sleep(pause);
                Instant from = Instant.now();
                System.out.printf("  %s  %-8s %s%n", from, step.kind(), step.what());
                step.action().run();
                done.add(new Disruption(step.kind(), step.what(), step.gatewayFault(), from, Instant.now()));
            }
        } finally {
            finished = true;
        }
    }

    boolean finished() {
        return finished;
    }

    List<Disruption> done() {
        return List.copyOf(done);
    }

    /** What did not behave as it should while a fault lasted (a service still ready without its database). */
    List<String> failures() {
        return List.copyOf(failures);
    }

    /**
     * The services whose readiness probe gave {@code answer} before {@code deadline}, polled every 200 ms: {@link
     * #READY} is a 200; {@link #UNREADY} a 503, or no answer within 2 s, as a load balancer's health check sees it (under
     * load the database check waits for a connection from a pool that cannot make one).
     */
    private static List<String> servicesWhose(Map<String, String> probes, int answer, Instant deadline) {
        List<String> seen = new ArrayList<>();
        Duration left = Duration.between(Instant.now(), deadline);
        if (!left.isPositive()) {
            return seen;
        }
        try {
            await().atMost(left)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .pollInSameThread()
                    .until(() -> {
                        probes.forEach((service, probe) -> {
                            if (!seen.contains(service) && probeAnswer(probe) == answer) {
                                seen.add(service);
                            }
                        });
                        return seen.size() == probes.size();
                    });
        } catch (ConditionTimeoutException notAll) {
            // The caller reports the ones that did not get there.
        }
        return seen;
    }

    private static int probeAnswer(String probe) {
        try {
            int status = HTTP.send(
                            HttpRequest.newBuilder(URI.create(probe))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status == READY ? READY : status == UNREADY ? UNREADY : status;
        } catch (HttpTimeoutException slow) {
            return UNREADY;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Step> plan() {
        List<Step> plan = new ArrayList<>();
        plan.add(gateway("drop_response", "sale", 3, 0, "the sale applied, its answer lost"));
        plan.add(kill("payments-a-facade"));
        plan.add(gateway("status", "sale", 5, 503, "Braintree answers 503"));
        plan.add(kill("payments-b-orchestrator"));
        plan.add(gateway("timeout", "submit_for_settlement", 2, 0, "held 90 s unapplied: the full capture times out"));
        plan.add(kill("wallet-service"));
        plan.add(gateway("timeout", "void", 2, 0, "held 90 s unapplied: the void times out"));
        plan.add(kill("order-service"));
        plan.add(gateway("latency", "sale", 5, 0, "3 s before the sale is answered"));
        plan.add(kill("payment-platform-service"));
        plan.add(gateway("drop_response", "refund", 2, 0, "the refund applied, its answer lost"));
        plan.add(new Step("service", "payment-platform-service SIGTERM while busy, then started again", () -> {
            post(control + "/services/payment-platform-service/stop");
            post(control + "/services/payment-platform-service/start");
        }));
        plan.add(gateway("status", "submit_for_partial_settlement", 3, 503, "a partial capture answered 503"));
        plan.add(new Step("database", "PostgreSQL postmaster SIGKILL, down " + brokerDown.toSeconds() + " s", () -> {
            post(control + "/servers/postgres/kill");
            Instant down = Instant.now();
            List<String> unready = servicesWhose(DATABASE_SERVICES, UNREADY, down.plus(brokerDown));
            sleep(Duration.between(Instant.now(), down.plus(brokerDown)));
            post(control + "/servers/postgres/start");
            List<String> ready =
                    servicesWhose(DATABASE_SERVICES, 200, Instant.now().plusSeconds(60));
            if (unready.size() < DATABASE_SERVICES.size() || ready.size() < DATABASE_SERVICES.size()) {
                failures.add("readiness without the database: unready " + unready + ", ready again " + ready + " of "
                        + DATABASE_SERVICES.keySet());
            }
        }));
        plan.add(broker("kafka"));
        plan.add(broker("sqs"));
        return plan;
    }

    private Step kill(String service) {
        return new Step("service", service + " SIGKILL, then started again", () -> {
            post(control + "/services/" + service + "/kill");
            post(control + "/services/" + service + "/start");
        });
    }

    private Step broker(String server) {
        return new Step("broker", server + " stopped for " + brokerDown.toSeconds() + " s", () -> {
            post(control + "/servers/" + server + "/stop");
            sleep(brokerDown);
            post(control + "/servers/" + server + "/start");
        });
    }

    private Step gateway(String kind, String operation, int count, int status, String meaning) {
        String delay = kind.equals("latency") ? ",\"delayMillis\":3000" : "";
        String body = "{\"kind\":\"%s\",\"operation\":\"%s\",\"count\":%d%s%s}"
                .formatted(kind, operation, count, status > 0 ? ",\"status\":" + status : "", delay);
        return new Step(
                "gateway",
                kind + " on " + count + " " + operation + ": " + meaning,
                kind + " " + operation,
                () -> post(SIMULATOR + "/admin/faults", body));
    }

    private static void post(String url) {
        post(url, "");
    }

    private static void post(String url, String body) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofMinutes(5))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(url + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A span of the plan in which nothing is done on purpose: between faults, or while a server stays down. */
    private static void sleep(Duration duration) {
        if (duration.isPositive()) {
            await().pollDelay(duration)
                    .atMost(duration.plusSeconds(5))
                    .pollInSameThread()
                    .until(() -> true);
        }
    }
}
