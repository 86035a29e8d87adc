package io.paystream.localstack.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            JsonNode body = get(path).body();
            if (done.test(body)) {
                return body;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("still not there after " + PATIENCE + ": " + path + " " + body);
            }
            pause();
        }
    }

    private Answer untilDefinite(Supplier<HttpRequest.Builder> request) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        String last = null;
        while (Instant.now().isBefore(giveUp)) {
            try {
                HttpResponse<String> response = HTTP.send(
                        request.get()
                                .header("Authorization", "Bearer " + tokens.get())
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
                boolean keyInFlight =
                        status == 409 && body.path("type").asString().endsWith("idempotency-key-in-flight");
                if (status < 500 && status != 429 && !keyInFlight) {
                    return new Answer(status, body);
                }
                last = status + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            retries++;
            pause();
        }
        throw new IllegalStateException("no definite answer in " + PATIENCE + "; last: " + last);
    }

    private static void pause() {
        try {
            Thread.sleep(BETWEEN_TRIES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
