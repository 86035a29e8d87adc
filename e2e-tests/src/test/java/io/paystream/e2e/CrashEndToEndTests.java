package io.paystream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.braintree.simulator.fault.Fault;
import io.paystream.e2e.Api.Answer;
import io.paystream.testsupport.TestServers;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A service killed mid-checkout (SIGKILL) and started again with its own command line: the payment still reaches its
 * one true outcome, charged once, and its order agrees.
 */
class CrashEndToEndTests {

    /** Issue 16's bound from the kill to the outcome, with another instance up to take the job over. */
    private static final Duration TAKEN_OVER_WITHIN = Duration.ofSeconds(45);

    private final Api carol = Api.newCustomer("carol");

    @Test
    void aSaleHeldByAKilledPlatformIsFinishedSoonAfterAndChargedOnce() {
        Platform platform = Platform.get();
        String order = carol.order(3100);
        String method = carol.method("CARD", "fake-valid-visa-nonce");
        // Braintree takes 6 s over the sale, then applies it: the platform dies while it waits for the answer.
        platform.braintree.inject(Fault.latency(Duration.ofSeconds(6)).on("sale"));
        CompletableFuture<Answer> approval = CompletableFuture.supplyAsync(
                () -> carefully(carol, "/v1/payments", Api.approval(order, 3100, method)));
        String operation = await().atMost(Duration.ofSeconds(30))
                .until(() -> startedExecutionOf(order), Optional::isPresent)
                .orElseThrow();

        Instant killed = Instant.now();
        platform.kill("payment-platform-service");
        platform.restart("payment-platform-service");
        Duration restarted = Duration.between(killed, Instant.now());
        carol.orderAfter(order, "AUTHORIZED", Duration.ofMinutes(3));
        Duration finished = Duration.between(killed, Instant.now());

        System.out.printf(
                "Platform killed mid-sale: ready again %d ms after the kill, the order AUTHORIZED %d ms after it%n",
                restarted.toMillis(), finished.toMillis());
        // Here the only instance must start again first; past that, the job waits for its visibility timeout at most.
        Duration bound = restarted.plusSeconds(15).compareTo(TAKEN_OVER_WITHIN) > 0
                ? restarted.plusSeconds(15)
                : TAKEN_OVER_WITHIN;
        assertThat(finished).isLessThanOrEqualTo(bound);
        assertThat(platform.braintree.transactionsForOrder(operation)).hasSize(1);
        assertThat(approval.join().status()).isIn(200, 202);
        assertThat(carol.get("/v1/payments?orderId=" + order)
                        .body()
                        .path(0)
                        .path("status")
                        .asString())
                .isEqualTo("AUTHORIZED");
    }

    @Test
    void checkoutsThroughAKilledOrchestratorEachEndOnceForACarefulClient() {
        Platform platform = Platform.get();
        int checkouts = 16;
        String method = carol.method("CARD", "fake-valid-visa-nonce");
        List<String> orders = IntStream.range(0, checkouts)
                .mapToObj(i -> carol.order(4000 + i))
                .toList();
        long salesBefore = sales(platform);
        // Each sale takes a second, so that the kill finds approvals on their way through the orchestrator.
        platform.braintree.inject(
                Fault.latency(Duration.ofSeconds(1)).times(checkouts).on("sale"));
        List<CompletableFuture<Answer>> approvals;
        try (ExecutorService shoppers = Executors.newVirtualThreadPerTaskExecutor()) {
            approvals = IntStream.range(0, checkouts)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> carefully(carol, "/v1/payments", Api.approval(orders.get(i), 4000 + i, method)),
                            shoppers))
                    .toList();
            await().atMost(Duration.ofSeconds(60)).until(() -> sales(platform) >= salesBefore + 3);
            platform.kill("payments-b-orchestrator");
            platform.restart("payments-b-orchestrator");
            approvals.forEach(CompletableFuture::join);
        }

        for (int i = 0; i < checkouts; i++) {
            String order = orders.get(i);
            carol.orderAfter(order, "AUTHORIZED", Duration.ofMinutes(2));
            JsonNode payments = carol.get("/v1/payments?orderId=" + order).body();
            assertThat(payments).as("payments of %s", order).hasSize(1);
            String operation = payments.path(0)
                    .path("operations")
                    .path(0)
                    .path("operationId")
                    .asString();
            assertThat(platform.braintree.transactionsForOrder(operation))
                    .as("sales of %s", order)
                    .hasSize(1);
        }
    }

    /**
     * A careful client: the same Idempotency-Key again until the answer is definite (accepted or final), through the
     * 502s and 503s of a service that is down and the 409s of a key its crashed request still holds.
     */
    private static Answer carefully(Api customer, String path, String body) {
        String key = "key-" + UUID.randomUUID();
        return await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> customer.post(path, key, body),
                        answer -> answer.status() == 200 || answer.status() == 202);
    }

    private static long sales(Platform platform) {
        return platform.braintree.requests().stream()
                .filter(request -> request.operation().equals("sale"))
                .count();
    }

    /** The operationId of the order's approval while a platform instance holds it. */
    private static Optional<String> startedExecutionOf(String order) throws SQLException {
        try (var connection = DriverManager.getConnection(
                        TestServers.postgres().jdbcUrl("e2e_platform"), "postgres", "postgres");
                var statement = connection.prepareStatement(
                        "SELECT operation_id FROM execution WHERE status = 'STARTED' AND job LIKE ?")) {
            statement.setString(1, "%\"" + order + "\"%");
            try (var result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
            }
        }
    }
}
