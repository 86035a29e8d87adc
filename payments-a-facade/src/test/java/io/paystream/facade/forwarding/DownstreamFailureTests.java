package io.paystream.facade.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.facade.Api;
import io.paystream.facade.Api.Answer;
import io.paystream.facade.RecordingServer;
import io.paystream.facade.web.Scopes;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import io.paystream.testsupport.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Services behind that are down (nothing listens on their port) or too slow (past the read timeout, 1 s here):
 * 503 with Retry-After, and the answer tells nothing about where they are.
 */
@RealServers(Server.OAUTH)
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"paystream.facade.downstream.read-timeout=1s", "paystream.facade.downstream.retry-after=5s"})
class DownstreamFailureTests {

    static final int DEAD_PORT = freePort();
    static final RecordingServer SLOW_WALLET = RecordingServer.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servicesBehind(DynamicPropertyRegistry registry) {
        registry.add("paystream.facade.downstream.orders", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add("paystream.facade.downstream.payments", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add("paystream.facade.downstream.wallet", SLOW_WALLET::baseUrl);
    }

    private final String token =
            TestServers.oauth().token("customer-down", Scopes.ALL.keySet().toArray(String[]::new));

    @Test
    void approvalWhileTheOrchestratorIsDownIsUnavailable() {
        Answer answer = new Api(port)
                .post(
                        "/v1/payments",
                        token,
                        "{\"orderId\": \"ord_1\", \"amount\": 1, \"currency\": \"USD\", \"paymentMethodId\": \"pm_1\"}");

        assertUnavailableWithoutAddress(answer);
        assertThat(answer.json().get("detail").stringValue()).contains("same Idempotency-Key");
    }

    @Test
    void readWhileTheOrderServiceIsDownIsUnavailableAndLoggedUnderTheRequestId(CapturedOutput log) {
        Answer answer = new Api(port).get("/v1/orders/ord_1", token, "X-Request-Id", "trace-me-42");

        assertUnavailableWithoutAddress(answer);
        assertThat(answer.header("X-Request-Id")).isEqualTo("trace-me-42");
        assertThat(log.getOut()).containsPattern("\\[trace-me-42\\] .*orders did not answer GET /v1/orders/ord_1");
    }

    @Test
    void serviceThatAnswersTooLateIsUnavailable() {
        SLOW_WALLET.answerAfter(Duration.ofSeconds(3));

        long started = System.nanoTime();
        Answer answer = new Api(port).get("/v1/wallet/payment-methods", token);

        assertUnavailableWithoutAddress(answer);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2900));
        SLOW_WALLET.reset();
    }

    private static void assertUnavailableWithoutAddress(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.problemType()).isEqualTo("https://paystream.dev/problems/service-unavailable");
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.body())
                .doesNotContain(
                        "127.0.0.1", "localhost", String.valueOf(DEAD_PORT), "Connection", "java.", "Exception");
        assertThat(answer.body()).doesNotContain(SLOW_WALLET.baseUrl().substring("http://".length()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
