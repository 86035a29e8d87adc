package io.paystream.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.testsupport.OAuthServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The orders API as a checkout client calls it, over real HTTP with tokens from the mock IdP. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final OAuthServer idp;

    Api(int port, OAuthServer idp) {
        this.port = port;
        this.idp = idp;
    }

    /** An answer, with its body parsed when it is JSON. */
    public record Answer(int status, HttpResponse<String> response) {

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Answer post(String token, String idempotencyKey, String body) {
        HttpRequest.Builder request = request("/v1/orders", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    public Answer get(String token, String path) {
        return send(request(path, token).GET());
    }

    /** Places an order for {@code customer} and returns its id. */
    public String placeOrder(String customer, long amount, String currency) {
        Answer answer = post(
                idp.token(customer, "orders:write"),
                UUID.randomUUID().toString(),
                "{\"amount\": " + amount + ", \"currency\": \"" + currency + "\"}");
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return answer.json().get("orderId").stringValue();
    }

    /** The order as its owner sees it. */
    public JsonNode order(String customer, String orderId) {
        Answer answer = get(idp.token(customer, "orders:read"), "/v1/orders/" + orderId);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.json();
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
