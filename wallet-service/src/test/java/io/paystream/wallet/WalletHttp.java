package io.paystream.wallet;

import io.paystream.testsupport.HttpCalls;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** The wallet's HTTP API as a client calls it, with a bearer token. */
record WalletHttp(int port) {

    HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    HttpResponse<String> post(String path, String token, String body) {
        return post(path, token, "key-" + UUID.randomUUID(), body);
    }

    HttpResponse<String> post(String path, String token, String idempotencyKey, String body) {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    HttpResponse<String> patch(String path, String token, String body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return HttpCalls.send(request);
    }
}
