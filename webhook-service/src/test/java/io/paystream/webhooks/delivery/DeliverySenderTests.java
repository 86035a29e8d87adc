package io.paystream.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.paystream.testsupport.webhooks.WebhookReceiver;
import io.paystream.testsupport.webhooks.WebhookReceiver.Answer;
import io.paystream.webhooks.endpoint.UrlRules;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP server: what it refuses to do, and how each kind of answer is taken. */
class DeliverySenderTests {

    private final WebhookReceiver receiver = new WebhookReceiver(Clock.systemUTC());
    private final WebhookReceiver elsewhere = new WebhookReceiver(Clock.systemUTC());
    private final DeliverySender local =
            new DeliverySender(new UrlRules(true, true), Duration.ofSeconds(1), 2, Clock.systemUTC());

    @AfterEach
    void close() throws Exception {
        local.close();
        receiver.close();
        elsewhere.close();
    }

    @Test
    void theBodyGoesExactlyAsGivenWithTheHeaders() {
        Attempted attempt = local.send(receiver.url("/hook"), Map.of("webhook-id", "evt_1"), "{\"a\": 1}");

        assertThat(attempt.succeeded()).isTrue();
        assertThat(receiver.received()).singleElement().satisfies(request -> {
            assertThat(request.body()).isEqualTo("{\"a\": 1}");
            assertThat(request.header("webhook-id")).isEqualTo("evt_1");
            assertThat(request.header("content-type")).startsWith("application/json");
        });
    }

    @Test
    void aPrivateAddressIsNeverConnectedToOutsideTheLocalStack() throws Exception {
        try (DeliverySender production =
                new DeliverySender(new UrlRules(false, false), Duration.ofSeconds(1), 2, Clock.systemUTC())) {
            Attempted attempt = production.send(receiver.url("/hook"), Map.of(), "{}");

            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.error()).contains("resolves only to addresses a delivery may not reach");
        }
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aRedirectIsAFailureAndNotFollowed() {
        receiver.answer(request -> new Answer(302, Map.of("Location", elsewhere.url("/other")), ""));

        Attempted attempt = local.send(receiver.url("/hook"), Map.of(), "{}");

        assertThat(attempt.statusCode()).isEqualTo(302);
        assertThat(attempt.succeeded()).isFalse();
        assertThat(elsewhere.received()).isEmpty();
    }

    @Test
    void aStalledEndpointTimesOut() {
        receiver.hold();

        Attempted attempt = local.send(receiver.url("/hook"), Map.of(), "{}");

        assertThat(attempt.statusCode()).isNull();
        assertThat(attempt.error()).isEqualTo("timed out");
        assertThat(attempt.latencyMillis()).isGreaterThanOrEqualTo(900);
    }

    @Test
    void anAnswerTricklingInPastTheTimeoutIsCutAtIt() throws Exception {
        HttpServer trickling = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trickling.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            // A byte every 200 ms for 20 s: no single read waits long enough for the socket timeout.
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    body.write('x');
                    body.flush();
                    LockSupport.parkNanos(200_000_000);
                }
            } catch (IOException closedByTheSender) {
                // The sender gave up: what this test wants.
            }
        });
        trickling.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        trickling.start();
        try {
            Attempted attempt =
                    local.send("http://127.0.0.1:" + trickling.getAddress().getPort() + "/hook", Map.of(), "{}");

            assertThat(attempt.succeeded()).isFalse();
            assertThat(attempt.error()).isEqualTo("timed out");
            assertThat(attempt.latencyMillis()).isBetween(900L, 5_000L);
        } finally {
            trickling.stop(0);
        }
    }

    @Test
    void aLongAnswerIsCutAndItsFirstKibKept() {
        receiver.answer(request -> new Answer(500, Map.of(), "x".repeat(1024 * 1024)));

        Attempted attempt = local.send(receiver.url("/hook"), Map.of(), "{}");

        assertThat(attempt.statusCode()).isEqualTo(500);
        assertThat(attempt.excerpt()).hasSize(1024);
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        receiver.answer(request -> new Answer(429, Map.of("Retry-After", "120"), ""));
        assertThat(local.send(receiver.url("/hook"), Map.of(), "{}").retryAfter())
                .isEqualTo(Duration.ofSeconds(120));

        receiver.answer(request -> new Answer(503, Map.of("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"), ""));
        assertThat(local.send(receiver.url("/hook"), Map.of(), "{}").retryAfter())
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void aClosedPortIsNoAnswer() {
        String url = elsewhere.url("/hook");
        elsewhere.close();

        Attempted attempt = local.send(url, Map.of(), "{}");

        assertThat(attempt.statusCode()).isNull();
        assertThat(attempt.error()).isEqualTo("connection refused");
    }
}
