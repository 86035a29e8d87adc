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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

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
        CompletableFuture<Answer> approval = CompletableFuture.supplyAsync(() -> carol.approve(order, 3100, method));
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
