package io.paystream.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * What {@code ./paystream chaos} does to a running stack, over HTTP on the loopback interface only, and only when
 * the stack is started with {@code -Dpaystream.control-port}: {@code POST /services/<module>/kill|stop|start} and
 * {@code POST /servers/postgres/kill|start}, {@code /servers/kafka/stop|start}, {@code /servers/sqs/stop|start}.
 * Each answers once it is done (a start once the service is ready).
 */
final class StackControl implements AutoCloseable {

    private final HttpServer server;

    private StackControl(HttpServer server) {
        this.server = server;
    }

    static StackControl start(int port, LocalStack stack) {
        Map<String, Runnable> servers = Map.of(
                "postgres/kill", stack::killPostgres,
                "postgres/start", stack::startPostgres,
                "kafka/stop", stack::stopKafka,
                "kafka/start", stack::startKafka,
                "sqs/stop", stack::stopSqs,
                "sqs/start", stack::startSqs);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext(
                    "/services/",
                    exchange -> answer(exchange, () -> {
                        String[] parts = exchange.getRequestURI().getPath().split("/");
                        String name = parts[2];
                        switch (parts[3]) {
                            case "kill" -> stack.killService(name);
                            case "stop" -> stack.stopService(name);
                            case "start" -> stack.startService(name);
                            default -> throw new IllegalArgumentException("kill, stop or start, not " + parts[3]);
                        }
                    }));
            server.createContext(
                    "/servers/",
                    exchange -> answer(exchange, () -> {
                        String action = exchange.getRequestURI().getPath().substring("/servers/".length());
                        Runnable run = servers.get(action);
                        if (run == null) {
                            throw new IllegalArgumentException("one of " + servers.keySet() + ", not " + action);
                        }
                        run.run();
                    }));
            server.start();
            return new StackControl(server);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on 127.0.0.1:" + port, e);
        }
    }

    private static void answer(HttpExchange exchange, Runnable action) throws IOException {
        int status;
        String body;
        if (!exchange.getRequestMethod().equals("POST")) {
            status = 405;
            body = "POST only";
        } else {
            try {
                action.run();
                status = 200;
                body = "done";
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException unknown) {
                status = 404;
                body = String.valueOf(unknown.getMessage());
            } catch (RuntimeException failed) {
                status = 500;
                body = failed.toString();
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
