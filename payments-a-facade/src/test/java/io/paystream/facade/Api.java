package io.paystream.facade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The facade as a checkout client calls it: real HTTP, any method, header and body. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    /** An answer, with its body parsed when it is JSON. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The fields an invalid-request problem lists. */
        public List<String> errorFields() {
            return json().get("errors")
                    .valueStream()
                    .map(error -> error.get("field").stringValue())
                    .toList();
        }

        public String problemType() {
            return json().get("type").stringValue();
        }
    }

    /** Sends {@code request} as it is, ISO-8859-1 encoded, on a fresh connection; returns the whole answer. */
    public String raw(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code headers} are name/value pairs; a {@code null} body sends none. */
    public Answer send(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new Answer(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String path, String token, String... headers) {
        return send("GET", path, token, null, headers);
    }

    /** A JSON POST with an {@code Idempotency-Key}, plus {@code headers}. */
    public Answer post(String path, String token, String body, String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "Content-Type";
        all[1] = "application/json";
        all[2] = "Idempotency-Key";
        all[3] = "key-" + System.nanoTime();
        System.arraycopy(headers, 0, all, 4, headers.length);
        return send("POST", path, token, body, all);
    }
}
