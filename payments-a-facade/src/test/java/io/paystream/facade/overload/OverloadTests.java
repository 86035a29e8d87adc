package io.paystream.facade.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.facade.Api.Answer;
import io.paystream.facade.FacadeTestBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With {@link #MAX_IN_FLIGHT} requests held unanswered by the orchestrator, the next API request, of any customer, is
 * shed with 503 and Retry-After before it is authenticated or forwarded; once they are answered the facade serves
 * again.
 */
class OverloadTests extends FacadeTestBase {

    private final ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void answerWhatIsHeld() {
        PAYMENTS.release();
        clients.close();
    }

    @Test
    void requestOverTheLimitIsShedAtOnceAndForwardedNowhere() throws Exception {
        List<Future<Answer>> held = holdTheFacadeFull();

        Answer shed = placeOrderAsAnotherCustomer();

        assertProblem(shed, 503, "overloaded");
        assertThat(shed.header("Retry-After")).isEqualTo("1");
        assertThat(ORDERS.received()).isEmpty();
        assertThat(PAYMENTS.received()).hasSize(MAX_IN_FLIGHT);

        PAYMENTS.release();
        for (Future<Answer> answer : held) {
            assertThat(answer.get().status()).isEqualTo(200);
        }
        Answer again = placeOrderAsAnotherCustomer();
        assertThat(again.status()).isEqualTo(200);
        assertThat(ORDERS.received()).hasSize(1);
    }

    @Test
    void unauthenticatedRequestIsShedToo() {
        holdTheFacadeFull();

        assertProblem(api.get("/v1/payments/pay_1", null), 503, "overloaded");
    }

    @Test
    void healthAndMetricsAnswerWhileTheApiIsFull() {
        holdTheFacadeFull();

        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).body())
                .contains("paystream_facade_requests_in_flight " + MAX_IN_FLIGHT + ".0");
    }

    private Answer placeOrderAsAnotherCustomer() {
        return api.post(
                "/v1/orders",
                idp.token("another-" + customer, ALL_SCOPES),
                "{\"amount\":1050,\"currency\":\"USD\"}",
                "Idempotency-Key",
                "order-1");
    }

    private List<Future<Answer>> holdTheFacadeFull() {
        PAYMENTS.hold();
        String token = token();
        List<Future<Answer>> held = IntStream.range(0, MAX_IN_FLIGHT)
                .mapToObj(i -> clients.submit(() -> api.get("/v1/payments/pay_" + i, token)))
                .toList();
        await().atMost(Duration.ofSeconds(10)).until(() -> PAYMENTS.received().size() == MAX_IN_FLIGHT);
        return held;
    }
}
