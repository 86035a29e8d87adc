package io.paystream.localstack.chaos;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A checkout client as a careful one behaves through outages: every POST keeps its Idempotency-Key and is sent again
 * until its answer is definite (accepted, final, or a refusal of the request itself); 5xx, 429, a key still in flight
 * and a dropped connection are not. Reads are retried the same way.
 */
final class CarefulShopper {

    private static final String FACADE = "http://localhost:8080";
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final Duration BETWEEN_TRIES = Duration.ofMillis(500);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Supplier<String> tokens;
    private volatile int retries;

    CarefulShopper(Supplier<String> tokens) {
        this.tokens = tokens;
    }

    record Answer(int status, JsonNode body) {}

    /** How many times a request had to be sent again, over this shopper's life. */
    int retries() {
        return retries;
    }

    Answer post(String path, String body) {
        String key = UUID.randomUUID().toString();
        return untilDefinite(() -> HttpRequest.newBuilder(URI.create(FACADE + path))
                .header("Idempotency-Key", key)
                .header("Prefer", "wait=10")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer delete(String path) {
        return untilDefinite(
                () -> HttpRequest.newBuilder(URI.create(FACADE + path)).DELETE());
    }

    Answer get(String path) {
        return untilDefinite(
                () -> HttpRequest.newBuilder(URI.create(FACADE + path)).GET());
    }

    /** Reads {@code path} until {@code done} holds; fails after the shopper's patience. */
    JsonNode getUntil(String path, Predicate<JsonNode> done) {
        return patiently().until(() -> get(path).body(), done::test);
    }

    private Answer untilDefinite(Supplier<HttpRequest.Builder> request) {
        AtomicReference<String> last = new AtomicReference<>();
        try {
            return patiently()
                    .until(() -> attempt(request, last), Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException timedOut) {
            throw new IllegalStateException("no definite answer in " + PATIENCE + "; last: " + last.get(), timedOut);
        }
    }

    /** One try: the answer if it is definite, else empty, with why in {@code last}. */
    private Optional<Answer> attempt(Supplier<HttpRequest.Builder> request, AtomicReference<String> last)
            throws InterruptedException {
        try {
            HttpResponse<String> response = HTTP.send(
                    request.get()
                            .header("Authorization", "Bearer " + tokens.get())
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            boolean keyInFlight = status == 409 && body.path("type").asString().endsWith("idempotency-key-in-flight");
            if (status < 500 && status != 429 && !keyInFlight) {
                return Optional.of(new Answer(status, body));
            }
            last.set(status + " " + response.body());
        } catch (IOException e) {
            last.set(e.toString());
        }
        retries++;
        return Optional.empty();
    }

    /** Tries at once, then every {@code BETWEEN_TRIES}, in the shopper's own thread, for the shopper's patience. */
    private static ConditionFactory patiently() {
        return await().atMost(PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(BETWEEN_TRIES)
                .pollInSameThread();
    }
}
