package io.paystream.orders.lifecycle;

import static io.paystream.orders.EventPublisher.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.Money;
import io.paystream.contracts.PaymentEvent;
import io.paystream.edge.security.Customer;
import io.paystream.orders.OrderServiceApplication;
import io.paystream.orders.PaymentScript;
import io.paystream.orders.order.OrderService;
import io.paystream.orders.order.OrderView;
import io.paystream.orders.order.PlaceOrder;
import io.paystream.testsupport.PostgresServer;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import io.paystream.testsupport.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A consumer that dies after its database commits but before committing any offset: the next one re-reads every
 * record, and the inbox sees to it that each event is applied exactly once. Runs two instances of the service, one
 * after the other, on a database and consumer group of their own.
 */
@RealServers(
        value = {Server.POSTGRES, Server.KAFKA, Server.OAUTH},
        database = RestartIntegrationTests.DATABASE)
class RestartIntegrationTests {

    static final String DATABASE = "orders_restart";
    static final String CUSTOMER = "restart-customer";

    final String group = "order-service-restart-" + UUID.randomUUID();

    @Test
    void eventsReadAgainAfterACrashBeforeTheOffsetCommitAreAppliedOnce() throws Exception {
        String orderId;
        PaymentScript payment;
        List<PaymentEvent> beforeCrash = new ArrayList<>();
        // Manual acks that never come: the database commits, the offsets never do, as if killed right after.
        try (ConfigurableApplicationContext crashing = start("manual")) {
            OrderView order = crashing.getBean(OrderService.class)
                    .place(
                            new Customer("mer_demo", CUSTOMER),
                            "restart",
                            new PlaceOrder(Money.of(10_000, "USD"), null, null))
                    .order();
            orderId = order.orderId();
            payment = PaymentScript.forOrder(orderId, CUSTOMER, "USD");
            beforeCrash.add(payment.approved(10_000));
            IntStream.range(0, 5).forEach(i -> beforeCrash.add(payment.deposited(2_000)));
            publish(beforeCrash.toArray(PaymentEvent[]::new));
            JdbcClient jdbc = crashing.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> applied(jdbc, orderId) >= 3);
        }
        assertThat(committedOffsets())
                .as("offsets committed by the crashed consumer")
                .isEmpty();

        PaymentEvent[] afterCrash = {payment.refunded(1_000), payment.refunded(1_000), payment.refunded(1_000)};
        publish(afterCrash);
        try (ConfigurableApplicationContext restarted = start("batch")) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> applied(jdbc, orderId) == 9);
            OrderView order = restarted
                    .getBean(OrderService.class)
                    .find(orderId, new Customer("mer_demo", CUSTOMER))
                    .orElseThrow();

            assertThat(order.history()).extracting(entry -> entry.eventId()).doesNotHaveDuplicates();
            assertThat(order.anomalies()).isEmpty();
            assertThat(order.paidAmount()).isEqualTo(10_000);
            assertThat(order.refundedAmount()).isEqualTo(3_000);
            assertThat(order.status().name()).isEqualTo("PARTIALLY_REFUNDED");
            assertThat(jdbc.sql("SELECT count(*) FROM inbox WHERE order_id = :id")
                            .param("id", orderId)
                            .query(Long.class)
                            .single())
                    .isEqualTo(9);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !committedOffsets().isEmpty());
        }
    }

    /** An instance of the service; command-line arguments, so they win over application.yml. */
    private ConfigurableApplicationContext start(String ackMode) {
        Map<String, String> properties = Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("spring.datasource.url", TestServers.postgres().jdbcUrl(DATABASE)),
                Map.entry("spring.datasource.username", PostgresServer.USER),
                Map.entry("spring.datasource.password", PostgresServer.PASSWORD),
                Map.entry("spring.kafka.bootstrap-servers", TestServers.kafka().bootstrapServers()),
                Map.entry("spring.kafka.consumer.group-id", group),
                Map.entry("spring.kafka.listener.ack-mode", ackMode),
                Map.entry(
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                        TestServers.oauth().issuerUri()),
                Map.entry("paystream.orders.lifecycle.sweep-interval", "200ms"),
                Map.entry("logging.level.org.apache.kafka", "warn"));
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(OrderServiceApplication.class).run(arguments);
    }

    private static long applied(JdbcClient jdbc, String orderId) {
        return jdbc.sql("SELECT count(*) FROM order_history WHERE order_id = :id")
                .param("id", orderId)
                .query(Long.class)
                .single();
    }

    private Map<?, ?> committedOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
        }
    }
}
