package io.paystream.braintree.simulator.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.paystream.braintree.simulator.fault.FaultPlan;
import io.paystream.braintree.simulator.http.ApiErrorResponse;
import io.paystream.braintree.simulator.http.RequestJournal;
import io.paystream.braintree.simulator.http.ResourceNotFound;
import io.paystream.braintree.simulator.nonce.Card;
import io.paystream.braintree.simulator.nonce.FakeNonces;
import io.paystream.braintree.simulator.nonce.Instrument;
import io.paystream.braintree.simulator.nonce.Nonces;
import io.paystream.braintree.simulator.transaction.LifecycleService;
import io.paystream.braintree.simulator.transaction.TransactionStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/** Serves the JSON admin API under {@code /admin}; unauthenticated, as it only ever listens on a test machine. */
public final class AdminHandler implements HttpHandler {

    private record Answer(int status, Object body) {}

    private final TransactionStore store;
    private final LifecycleService lifecycle;
    private final FaultPlan faults;
    private final RequestJournal journal;
    private final Nonces nonces;
    private final Lock lock;
    private final Runnable reset;

    public AdminHandler(
            TransactionStore store,
            LifecycleService lifecycle,
            FaultPlan faults,
            RequestJournal journal,
            Nonces nonces,
            Lock lock,
            Runnable reset) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.faults = faults;
        this.journal = journal;
        this.nonces = nonces;
        this.lock = lock;
        this.reset = reset;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            String path = exchange.getRequestURI().getRawPath().replaceFirst("^/admin/?", "");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            answer = route(exchange.getRequestMethod(), List.of(path.split("/")), query(exchange), body);
        } catch (ResourceNotFound e) {
            answer = new Answer(404, Map.of("error", "not found: " + e.getMessage()));
        } catch (ApiErrorResponse e) {
            answer = new Answer(409, Map.of("error", e.getMessage()));
        } catch (IllegalArgumentException | ClassCastException | ArithmeticException e) {
            answer = new Answer(400, Map.of("error", String.valueOf(e.getMessage())));
        }
        byte[] bytes = Json.write(answer.body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer route(String method, List<String> path, Map<String, String> query, String body) {
        String first = path.getFirst();
        return switch (method + " " + first + "/" + path.size()) {
            case "GET health/1" -> new Answer(200, Map.of("status", "UP"));
            case "GET transactions/1" -> ok(locked(() -> transactions(query.get("orderId"))));
            case "GET transactions/2" ->
                ok(locked(() -> AdminJson.transaction(
                        store.snapshot(path.get(1)).orElseThrow(() -> new ResourceNotFound(path.get(1))))));
            case "POST transactions/3" -> {
                if (!path.get(2).equals("settle")) {
                    throw new ResourceNotFound(String.join("/", path));
                }
                yield ok(locked(() -> AdminJson.transaction(lifecycle.settle(path.get(1)))));
            }
            case "POST settle/1" -> ok(Map.of("settled", locked(lifecycle::settleAll)));
            case "GET faults/1" ->
                ok(faults.pending().stream().map(AdminJson::fault).toList());
            case "POST faults/1" -> {
                var fault = AdminJson.fault(Json.readFlatObject(body));
                faults.arm(fault);
                yield new Answer(201, AdminJson.fault(fault));
            }
            case "DELETE faults/1" -> {
                faults.clear();
                yield ok(Map.of("cleared", true));
            }
            case "GET requests/1" ->
                ok(journal.all().stream()
                        .filter(r ->
                                query.get("operation") == null || r.operation().equals(query.get("operation")))
                        .map(AdminJson::request)
                        .toList());
            case "POST nonces/1" -> new Answer(201, Map.of("nonce", locked(() -> mint(Json.readFlatObject(body)))));
            case "POST reset/1" -> {
                locked(() -> {
                    reset.run();
                    return null;
                });
                yield ok(Map.of("reset", true));
            }
            default -> throw new ResourceNotFound(method + " /admin/" + String.join("/", path));
        };
    }

    private List<Object> transactions(String orderId) {
        return store.snapshots().stream()
                .filter(t -> orderId == null || Objects.equals(orderId, t.orderId()))
                .<Object>map(AdminJson::transaction)
                .toList();
    }

    /** A single-use nonce like the fake nonce named {@code like}, as a client SDK's tokenization would issue. */
    private String mint(Map<String, Object> request) {
        String like = (String) request.getOrDefault("like", "fake-valid-nonce");
        Instrument instrument =
                FakeNonces.lookup(like).orElseThrow(() -> new IllegalArgumentException("unknown fake nonce " + like));
        if (instrument instanceof Card card && request.get("cardholderName") instanceof String name) {
            instrument = card.withCardholderName(name);
        }
        return nonces.mint(instrument, null);
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private static Answer ok(Object body) {
        return new Answer(200, body);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(
                        URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }
}
