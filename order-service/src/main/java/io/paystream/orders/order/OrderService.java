package io.paystream.orders.order;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.request.ListPage;
import io.paystream.edge.request.ListQuery;
import io.paystream.edge.security.Caller;
import io.paystream.edge.security.Customer;
import io.paystream.orders.idempotency.IdempotencyKeys;
import io.paystream.orders.idempotency.IdempotencyKeys.StoredResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Places orders for their customer and reads them for it or its merchant's keys; placing is idempotent per caller and key. */
@Service
public class OrderService {

    /** The status of a placement's answer, stored under its key with the order and replayed as it was: created. */
    static final int PLACED = 201;

    private final Orders orders;
    private final Anomalies anomalies;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    OrderService(Orders orders, Anomalies anomalies, IdempotencyKeys keys, JsonMapper json, Clock clock) {
        this.orders = orders;
        this.anomalies = anomalies;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Creates the order and stores the answer under the key, in one transaction. The same key again replays the
     * stored answer; with another body it is refused.
     */
    @Transactional
    public Placed place(Customer customer, String idempotencyKey, PlaceOrder command) {
        String fingerprint = IdempotencyKeys.fingerprint("POST", "/v1/orders", json.writeValueAsString(command));
        Instant now = clock.instant();
        Order order = Order.create(new OrderTerms(
                OrderIds.next(now),
                customer.merchantId(),
                customer.subject(),
                command.amount(),
                command.reference(),
                command.items(),
                now));
        OrderView view = OrderView.of(order, List.of(), List.of());
        // The key and its answer first: a key used before leaves nothing to undo.
        String owner = customer.idempotencyScope();
        if (!keys.claim(owner, idempotencyKey, fingerprint, now, PLACED, json.writeValueAsString(view))) {
            return replay(owner, idempotencyKey, fingerprint);
        }
        orders.insert(order);
        return new Placed(view, PLACED, false);
    }

    // One snapshot: the order row, its history and its anomalies are read in separate statements.
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<OrderView> find(String orderId, Caller caller) {
        return orders.findFor(orderId, caller)
                .map(order -> OrderView.of(
                        order,
                        orders.history(caller.merchantId(), orderId),
                        anomalies.ofOrder(caller.merchantId(), orderId)));
    }

    /** A page of what {@code caller} may see (a key: all of its merchant's orders), newest first, in one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ListPage<OrderView> list(Caller caller, ListQuery query) {
        List<Order> page = orders.list(caller, query);
        List<String> ids = page.stream().map(order -> order.terms().id()).toList();
        Map<String, List<HistoryEntry>> histories = orders.histories(caller.merchantId(), ids);
        Map<String, List<Anomaly>> anomaliesOf = anomalies.ofOrders(caller.merchantId(), ids);
        return ListPage.of(
                page.stream()
                        .map(order -> OrderView.of(
                                order,
                                histories.getOrDefault(order.terms().id(), List.of()),
                                anomaliesOf.getOrDefault(order.terms().id(), List.of())))
                        .toList(),
                query.limit());
    }

    private Placed replay(String owner, String idempotencyKey, String fingerprint) {
        StoredResponse stored = keys.find(owner, idempotencyKey).orElseThrow();
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new ProblemException(
                    EdgeProblem.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used with a different request body; use a new key for a new order");
        }
        return new Placed(json.readValue(stored.body(), OrderView.class), stored.status(), true);
    }

    /** The answer to a placement: the order, the status to send, and whether it is a replay. */
    public record Placed(OrderView order, int status, boolean replayed) {}
}
