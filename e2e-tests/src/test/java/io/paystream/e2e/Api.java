package io.paystream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the facade's public {@code /v1} API: a checkout signed in as one customer, or a merchant's API key. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String token;

    private Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    private static final String[] CUSTOMER_SCOPES = {
        "orders:read", "orders:write", "wallet:read", "wallet:write", "payments:read", "payments:write"
    };

    /** A new customer with every customer scope, of the storefront whose tokens name no merchant (mer_demo's). */
    static Api newCustomer(String name) {
        return new Api(
                Platform.get().facade, TestServers.oauth().token(name + "-" + UUID.randomUUID(), CUSTOMER_SCOPES));
    }

    /** The shopper {@code subject} of {@code merchantId}'s storefront, whose tokens name that merchant. */
    static Api customerAt(String merchantId, String subject) {
        return new Api(
                Platform.get().facade,
                TestServers.oauth().token(TokenSpec.of(subject, CUSTOMER_SCOPES).withClaim("merchant_id", merchantId)));
    }

    /** A merchant's own server (an order team, a back office) calling with one of the merchant's API keys. */
    static Api withKey(String apiKey) {
        return new Api(Platform.get().facade, apiKey);
    }

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

    String token() {
        return token;
    }

    Answer post(String path, String body) {
        return post(path, "key-" + UUID.randomUUID(), body);
    }

    /** A POST that waits (Prefer: wait=10) for the final outcome of what it starts; {@code headers} are name, value. */
    Answer post(String path, String key, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.header("Idempotency-Key", key)
                .header("Prefer", "wait=10")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    /** A new order of {@code amount} cents in USD; its id. */
    String order(long amount) {
        Answer created = post("/v1/orders", "{\"amount\":" + amount + ",\"currency\":\"USD\"}");
        assertThat(created.status()).as("order: %s", created.body()).isEqualTo(201);
        return created.body().path("orderId").asString();
    }

    /** A method added to the wallet from a simulator nonce; its id. */
    String method(String type, String nonce) {
        Answer added = post("/v1/wallet/payment-methods", "{\"type\":\"" + type + "\",\"nonce\":\"" + nonce + "\"}");
        assertThat(added.status()).as("method: %s", added.body()).isEqualTo(201);
        return added.body().path("id").asString();
    }

    /** The order's approval with a stored method, answered once final (200) or after the wait (202). */
    Answer approve(String order, long amount, String method) {
        Answer answer = post("/v1/payments", approval(order, amount, method));
        assertThat(answer.status()).as("approval: %s", answer.body()).isIn(200, 202);
        return answer;
    }

    static String approval(String order, long amount, String method) {
        return """
                {"orderId":"%s","amount":%d,"currency":"USD","paymentMethodId":"%s"}""".formatted(order, amount, method);
    }

    /** The order once the order service has applied the events that bring it to {@code status}. */
    JsonNode orderAfter(String order, String status) {
        return orderAfter(order, status, Duration.ofSeconds(30));
    }

    JsonNode orderAfter(String order, String status, Duration within) {
        return await().atMost(within)
                .until(
                        () -> get("/v1/orders/" + order).body(),
                        body -> body.path("status").asString().equals(status));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(
                    request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
