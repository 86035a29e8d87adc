package io.paystream.braintree.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.paystream.braintree.simulator.fault.Fault;
import io.paystream.braintree.simulator.fault.FaultKind;
import io.paystream.braintree.simulator.fault.FaultPlan;
import io.paystream.braintree.simulator.xml.XmlNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * Serves {@code /merchants/{merchantId}/...}: takes an armed fault, checks that merchant's Basic auth, routes to its
 * own vault and transactions,
 * and applies the request under the simulator's single lock, so every gateway call is atomic.
 */
public final class GatewayHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(GatewayHandler.class.getName());
    private static final String XML = "application/xml; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Map<String, Tenant> tenants;
    private final Tenant anyTenant;
    private final FaultPlan faults;
    private final RequestJournal journal;
    private final Lock lock;
    private final Clock clock;

    public GatewayHandler(
            Map<String, Tenant> tenants, FaultPlan faults, RequestJournal journal, Lock lock, Clock clock) {
        this.tenants = Map.copyOf(tenants);
        this.anyTenant = tenants.values().iterator().next();
        this.faults = faults;
        this.journal = journal;
        this.lock = lock;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String[] parts = path.split("/", 4); // "", "merchants", id, rest
        String rest = parts.length == 4 ? "/" + parts[3] : "/";
        Tenant tenant = parts.length >= 3 ? tenants.get(parts[2]) : null;
        // Every merchant has the same routes; an unknown merchant's request is still named, then refused.
        Optional<Match> match = (tenant == null ? anyTenant : tenant)
                .routes().stream()
                        .flatMap(route -> route.match(method, rest).map(vars -> new Match(route, vars)).stream())
                        .findFirst();
        String operation = match.map(m -> m.route.operation().wireName()).orElse("unsupported");
        Optional<Fault> fault = match.isPresent() ? faults.take(operation) : Optional.empty();
        boolean authentic = tenant != null
                && tenant.auth().accepts(exchange.getRequestHeaders().getFirst("Authorization"));
        Optional<Reply> reply;
        try {
            reply = respond(authentic, match, body, fault.orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = Optional.empty();
        }
        // Recorded before answering, so a client that got its answer always finds its request in the journal.
        String faultName = fault.map(f -> f.kind().wireName()).orElse(null);
        int status = reply.map(Reply::status).orElse(0);
        journal.record(new RecordedRequest(clock.instant(), operation, method, path, status, faultName));
        if (reply.isPresent()) {
            send(exchange, reply.get());
        } else {
            exchange.close(); // no status line: the client sees the connection end
        }
    }

    /** The answer to send, or empty to close the connection unanswered. */
    private Optional<Reply> respond(boolean authentic, Optional<Match> match, byte[] body, Fault fault)
            throws InterruptedException {
        if (fault != null) {
            switch (fault.kind()) {
                case LATENCY -> Thread.sleep(fault.delay());
                case STATUS -> {
                    return Optional.of(new Reply(fault.status(), TEXT, "Simulated fault " + fault.status()));
                }
                case TIMEOUT -> {
                    Thread.sleep(fault.delay());
                    return Optional.empty();
                }
                case DROP_RESPONSE -> {}
            }
        }
        if (!authentic) {
            return Optional.of(new Reply(401, TEXT, ""));
        }
        if (match.isEmpty()) {
            // Only an SDK call the simulator does not model gets here; a 404 would read as "no such resource".
            return Optional.of(new Reply(400, TEXT, "Not supported by the simulator"));
        }
        Reply reply = apply(match.get(), body);
        if (fault != null && fault.kind() == FaultKind.DROP_RESPONSE) {
            Thread.sleep(fault.delay());
            return Optional.empty();
        }
        return Optional.of(reply);
    }

    private Reply apply(Match match, byte[] body) {
        XmlNode xml;
        try {
            xml = XmlNode.parse(body);
        } catch (IllegalArgumentException e) {
            return new Reply(400, TEXT, e.getMessage());
        }
        GatewayRequest request = new GatewayRequest(match.route.operation(), match.variables, xml);
        lock.lock();
        try {
            GatewayReply reply = match.route.handler().apply(request);
            return new Reply(reply.status(), XML, reply.xml());
        } catch (ApiErrorResponse e) {
            return new Reply(422, XML, ApiErrorXml.write(e, xml));
        } catch (ResourceNotFound e) {
            return new Reply(404, TEXT, "");
        } catch (UnsupportedRequest e) {
            return new Reply(400, TEXT, "Not supported by the simulator: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "Simulator failure on " + request.operation().wireName(),
                    e);
            return new Reply(500, TEXT, "Simulator failure: " + e);
        } finally {
            lock.unlock();
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType);
        if (reply.status == 429 || reply.status == 503) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        exchange.sendResponseHeaders(reply.status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A merchant the gateway serves: its credentials and its routes, over its own vault and transactions. */
    public record Tenant(BasicAuth auth, List<Route> routes) {

        public Tenant {
            routes = List.copyOf(routes);
        }
    }

    private record Match(Route route, List<String> variables) {}

    private record Reply(int status, String contentType, String body) {}
}
