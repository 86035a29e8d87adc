package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.orchestrator.payment.PaymentOutcomes;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/**
 * Two orchestrator instances on one database: a request held by {@code Prefer: wait} on one is answered when the
 * outcome is applied on the other. The safety-net read is an hour away here, so only PostgreSQL's notification of
 * the commit can wake the request within its ten seconds.
 */
@TestPropertySource(properties = "paystream.wait.safety-net=1h")
class PreferWaitAcrossInstancesTests extends OrchestratorTestBase {

    /** What the second instance shares with the first: the servers, the IdP, the wallet. */
    private static final List<String> SHARED = List.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.kafka.bootstrap-servers",
            "spring.cloud.aws.sqs.endpoint",
            "spring.cloud.aws.region.static",
            "spring.cloud.aws.credentials.access-key",
            "spring.cloud.aws.credentials.secret-key",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.audiences",
            "paystream.wallet.base-url");

    @Autowired
    Environment environment;

    @Autowired
    MeterRegistry meters;

    @Test
    void aWaitOnOneInstanceIsWokenByTheOutcomeAppliedOnTheOther() throws Exception {
        try (ConfigurableApplicationContext other = secondInstance()) {
            String orderId = "ord_" + UUID.randomUUID();
            CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() ->
                    post("/v1/payments", "key-" + UUID.randomUUID(), """
                    {"orderId":"%s","amount":2100,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(orderId), "Prefer", "wait=10"));
            Map<String, Object> operation =
                    await().atMost(Duration.ofSeconds(10)).until(() -> pendingApproval(orderId), row -> !row.isEmpty());

            other.getBean(PaymentOutcomes.class).record(approved(orderId, operation));

            HttpResponse<String> answer = held.get(15, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(json(answer).path("status").asString()).isEqualTo("AUTHORIZED");
        }
    }

    /** Told as command-line arguments, which win over its application.yml as they would in production. */
    private ConfigurableApplicationContext secondInstance() {
        Stream<String> shared = SHARED.stream()
                .filter(environment::containsProperty)
                .map(key -> "--" + key + "=" + environment.getProperty(key));
        return new SpringApplicationBuilder(OrchestratorApplication.class)
                .run(Stream.concat(shared, Stream.of("--server.port=0", "--spring.application.name=orchestrator-2"))
                        .toArray(String[]::new));
    }

    private Map<String, Object> pendingApproval(String orderId) {
        return jdbc.sql("""
                        SELECT o.operation_id, o.payment_id, o.amount FROM payment_operation o
                          JOIN payment p USING (payment_id)
                         WHERE p.order_id = :order AND o.status = 'PENDING'""").param("order", orderId).query().listOfRows().stream()
                .findFirst()
                .orElse(Map.of());
    }

    private PaymentEvent approved(String orderId, Map<String, Object> operation) {
        return new PaymentEvent(
                "evt_" + UUID.randomUUID(),
                PaymentEventType.PAYMENT_APPROVED,
                (String) operation.get("payment_id"),
                orderId,
                "mer_demo",
                customer,
                (String) operation.get("operation_id"),
                1,
                ((Number) operation.get("amount")).longValue(),
                "USD",
                "txn_other_instance",
                PaymentMethodType.CARD,
                null,
                null,
                null,
                Instant.now());
    }
}
