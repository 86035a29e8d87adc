package io.paystream.testsupport.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A merchant's webhook endpoint for a test or the demo: a real HTTP server on loopback that keeps every request it got and answers as the
 * test says (an answer for each request, or one that holds the request until the test lets it go).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: its headers (lower-case names) and its body. */
    public record Received(Map<String, String> headers, String body, Instant at) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    /** What to answer: a status, headers, a body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public static Answer of(int status) {
            return new Answer(status, Map.of(), "");
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile Function<Received, Answer> answers = request -> Answer.of(200);
    private volatile CountDownLatch held = new CountDownLatch(0);

    private final Clock clock;

    /** {@code clock} says when each request arrived. */
    public WebhookReceiver(Clock clock) {
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(Function<Received, Answer> answers) {
        this.answers = answers;
    }

    /** Requests from now on wait (up to 30 s) until {@link #release()}, as an endpoint that stalls. */
    public void hold() {
        held = new CountDownLatch(1);
    }

    public void release() {
        held.countDown();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests received once there are {@code count}, or all there are when {@code atMost} has passed first. */
    public synchronized List<Received> awaitReceived(int count, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        Received request = new Received(
                headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), clock.instant());
        synchronized (this) {
            received.add(request);
            notifyAll();
        }
        try {
            held.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        Answer answer = answers.apply(request);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
