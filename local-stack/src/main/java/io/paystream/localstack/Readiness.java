package io.paystream.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a server to answer before the stack says it is ready. */
final class Readiness {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {}

    /** Polls {@code url} until it answers 200, the process dies, or the timeout passes. */
    static void awaitHttpOk(String name, String url, Duration timeout, BooleanSupplier stillRunning) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!stillRunning.getAsBoolean()) {
                throw new IllegalStateException(
                        name + " exited before it was ready; see its log under .paystream/logs");
            }
            if (answersOk(url)) {
                return;
            }
            // Between polls of a server that is still booting; there is no event to wait on.
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        throw new IllegalStateException(name + " did not answer " + url + " within " + timeout);
    }

    static boolean answersOk(String url) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
