package io.paystream.localstack.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local operator {@code ops} (realm role paystream-admin) signed in at Keycloak, calling the merchant service's
 * operator API. Locally that API is on the merchant service itself (8085); on AWS the API Gateway routes
 * {@code /v1/admin/*} to it.
 */
final class Operator {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String merchantService;
    private final String token;

    private Operator(String merchantService, String token) {
        this.merchantService = merchantService;
        this.token = token;
    }

    /** The password grant of the local-only paystream-cli client with the operator scope, which carries the role. */
    static Operator signIn(String tokenEndpoint, String merchantService) {
        String form = "grant_type=password&client_id=paystream-cli&username=ops&password=ops-password&scope="
                + URLEncoder.encode("openid operator", StandardCharsets.UTF_8);
        Answer answer = send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.status() != 200) {
            throw new IllegalStateException("the operator could not sign in: " + answer.status() + " " + answer.body());
        }
        return new Operator(merchantService, answer.body().path("access_token").asString());
    }

    Answer post(String path, String idempotencyKey, String body) {
        HttpRequest.Builder request = authorized(path).header("Idempotency-Key", idempotencyKey);
        if (body == null) {
            return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer get(String path) {
        return send(authorized(path).GET());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(merchantService + path)).header("Authorization", "Bearer " + token);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("is the local stack running? (./paystream)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A status and a JSON body (a problem on a 4xx). */
    record Answer(int status, JsonNode body) {}
}
