package io.paystream.facade;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a service behind the facade: a real HTTP server (the JDK's) on a free loopback port that records
 * every request it gets and answers with whatever the test told it to.
 */
public final class RecordingServer {

    /** A request as the service received it. */
    public record Received(
            String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(",", values);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Reply(int status, String body, Map<String, String> headers, Duration delay) {}

    private static final Reply DEFAULT =
            new Reply(200, "{\"ok\":true}", Map.of("Content-Type", "application/json"), Duration.ZERO);

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Reply reply = DEFAULT;
    private volatile CountDownLatch held = new CountDownLatch(0);

    private RecordingServer(HttpServer server) {
        this.server = server;
    }

    public static RecordingServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordingServer recording = new RecordingServer(server);
            server.createContext("/", recording::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return recording;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers every following request with {@code status}, {@code body} and the header name/value pairs. */
    public void answer(int status, String body, String... headerPairs) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        reply = new Reply(status, body, headers, Duration.ZERO);
    }

    /** Answers as before, but only after {@code delay}. */
    public void answerAfter(Duration delay) {
        reply = new Reply(reply.status(), reply.body(), reply.headers(), delay);
    }

    /** Leaves every following request unanswered until {@link #release()} (at most a minute). */
    public void hold() {
        held = new CountDownLatch(1);
    }

    public void release() {
        held.countDown();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + received.size());
        }
        return received.getFirst();
    }

    public void reset() {
        release();
        received.clear();
        reply = DEFAULT;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(exchange.getRequestHeaders());
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                headers,
                body));
        Reply current = reply;
        try {
            held.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!current.delay().isZero()) {
            try {
                Thread.sleep(current.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Headers answer = exchange.getResponseHeaders();
        current.headers().forEach(answer::add);
        byte[] bytes = current.body() == null ? new byte[0] : current.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(current.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
