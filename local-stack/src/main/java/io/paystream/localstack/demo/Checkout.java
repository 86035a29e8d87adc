package io.paystream.localstack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A checkout client of the running local stack: signs in at Keycloak, then calls the facade's public API. The demo,
 * the latency probe and the load test's set-up use it.
 */
public final class Checkout {

    public static final String FACADE = "http://localhost:8080";
    static final String TOKEN_ENDPOINT = "http://localhost:8180/realms/paystream/protocol/openid-connect/token";
    static final String SIMULATOR = "http://localhost:8089";
    static final String ORDER_SERVICE = "http://localhost:8084";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String token;

    private Checkout(String token) {
        this.token = token;
    }

    /** The scopes a whole checkout needs: an order, a stored method, a payment and reading them back. */
    public static final String CHECKOUT_SCOPES =
            "openid orders:read orders:write wallet:read wallet:write payments:read payments:write";

    /**
     * Signs in with the password grant of the local-only {@code paystream-cli} client, asking for the checkout's
     * scopes: the client's API scopes are optional, so a token carries only those asked for.
     */
    public static Checkout signIn(String user, String password) {
        String form = "grant_type=password&client_id=paystream-cli&username=" + encode(user) + "&password="
                + encode(password) + "&scope=" + encode(CHECKOUT_SCOPES);
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(TOKEN_ENDPOINT))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)))
                .body();
        return new Checkout(answer.path("access_token").asString());
    }

    /** A merchant's own server (the order team) calling with one of the merchant's API keys instead of a token. */
    public static Checkout withApiKey(String apiKey) {
        return new Checkout(apiKey);
    }

    public record Answer(int status, JsonNode body) {}

    /** The access token, for a client that makes its own calls (the load generator). */
    public String token() {
        return token;
    }

    /** A POST through the facade that waits up to 10 s for the final outcome of what it starts. */
    public Answer post(String path, String body) {
        return send(authorized(path)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Prefer", "wait=10")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST that takes the 202 and does not wait for the outcome. */
    Answer postWithoutWaiting(String path, String body) {
        return send(authorized(path)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer get(String path) {
        return send(authorized(path).GET());
    }

    public Answer delete(String path) {
        return send(authorized(path).DELETE());
    }

    /**
     * Removes the customer's stored payment methods. The simulator keeps its vault in memory, so methods stored before
     * the stack's last start cannot be charged anyway, and a wallet holds at most 20: the demo, the latency probe and
     * the benchmark each start from an empty wallet.
     */
    public void forgetStoredMethods() {
        for (JsonNode method : get("/v1/wallet/payment-methods").body()) {
            delete("/v1/wallet/payment-methods/" + method.path("id").asString());
        }
    }

    /** Straight from the order service (8084), which checks the same token: polling it is not the facade's traffic. */
    Answer getOrderDirectly(String orderId) {
        return send(HttpRequest.newBuilder(URI.create(ORDER_SERVICE + "/v1/orders/" + orderId))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    /** Settles every captured transaction in the Braintree simulator now, instead of after its 5 seconds. */
    static void settleAll() {
        send(HttpRequest.newBuilder(URI.create(SIMULATOR + "/admin/settle")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(FACADE + path)).header("Authorization", "Bearer " + token);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("is the local stack running? (./paystream)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
