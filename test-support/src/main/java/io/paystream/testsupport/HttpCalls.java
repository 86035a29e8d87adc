package io.paystream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One HTTP call of a test, answered as text; a failure to connect is the test's failure, not a checked exception. */
public final class HttpCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpCalls() {}

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
