package io.paystream.orders;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.contracts.PaymentEvent;
import io.paystream.testsupport.OAuthServer;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.tenancy.TenantStatements;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The order service on a random port against real PostgreSQL, Kafka and the mock IdP. Every test class extends this
 * one unchanged, so they all share one Spring context.
 */
@RealServers(
        value = {Server.POSTGRES, Server.KAFKA, Server.OAUTH},
        database = "orders")
@Import(TenantStatements.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.consumer.group-id=order-service-tests",
            "paystream.orders.lifecycle.sequence-wait=3s",
            "paystream.orders.lifecycle.parking-limit=6s",
            "paystream.orders.lifecycle.sweep-interval=200ms",
            "logging.level.org.apache.kafka=warn"
        })
public abstract class OrderServiceTestBase {

    /** Long enough for a consumer group's first join on a busy two-core machine. */
    protected static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MeterRegistry meters;

    protected Api api;

    protected final OAuthServer idp = TestServers.oauth();

    @BeforeEach
    void api() {
        api = new Api(port, idp);
    }

    protected long rows(String sql, String param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }

    /** The order as its owner sees it, once it satisfies {@code until}. */
    protected JsonNode awaitOrder(String customer, String orderId, Predicate<JsonNode> until) {
        return await().atMost(EVENT_WAIT).until(() -> api.order(customer, orderId), until);
    }

    protected JsonNode awaitStatus(String customer, String orderId, String status) {
        return awaitOrder(
                customer, orderId, order -> order.get("status").stringValue().equals(status));
    }

    protected void awaitParked(PaymentEvent event) {
        await().atMost(EVENT_WAIT).until(() -> isParked(event));
    }

    protected boolean isParked(PaymentEvent event) {
        return rows("SELECT count(*) FROM parked_event WHERE event_id = :p", event.eventId()) == 1;
    }

    protected static List<String> historyTypes(JsonNode order) {
        return order.get("history")
                .valueStream()
                .map(entry -> entry.get("eventType").stringValue())
                .toList();
    }

    protected static List<String> anomalyKinds(JsonNode order) {
        return order.get("anomalies")
                .valueStream()
                .map(anomaly -> anomaly.get("kind").stringValue())
                .toList();
    }
}
