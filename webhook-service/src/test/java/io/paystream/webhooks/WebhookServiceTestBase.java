package io.paystream.webhooks;

import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.testsupport.HttpCalls;
import io.paystream.testsupport.MovableClock;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import io.paystream.testsupport.TestServers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook service on a random port against real PostgreSQL, Kafka and the mock IdP, its time a clock the tests
 * move. Each test is a merchant of its own, calling as the facade passes a key's calls on. Every test class extends
 * this one unchanged, so they all share one Spring context.
 */
@RealServers(
        value = {Server.POSTGRES, Server.KAFKA, Server.OAUTH},
        database = "webhooks")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "paystream.kek.local-file=target/test-keys/key-encryption-keys.json",
            "paystream.kek.create-if-missing=true",
            "paystream.webhooks.allow-http=true",
            "paystream.webhooks.allow-private-addresses=true",
            "paystream.webhooks.delivery.due-poll=100ms",
            // Smaller than one test's deliveries, so that a backlog of one endpoint would fill a round if it could.
            "paystream.webhooks.delivery.batch=5",
            "paystream.webhooks.delivery.timeout=3s"
        })
@Import(WebhookServiceTestBase.MovedTime.class)
public abstract class WebhookServiceTestBase {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final MovableClock CLOCK = new MovableClock();

    private static final String FACADE_TOKEN =
            TestServers.oauth().token(TokenSpec.of("payments-facade", "api-keys:act"));

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected String merchant;
    protected String keyScopes = "webhooks:manage";
    private final String keyId = "key_" + UUID.randomUUID().toString().replace("-", "");

    @TestConfiguration(proxyBeanMethods = false)
    static class MovedTime {

        @Bean
        @Primary
        MovableClock movableClock() {
            return CLOCK;
        }
    }

    @BeforeEach
    protected void newMerchant() {
        merchant = "mer_w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A call as the merchant's key, passed on by the facade; a POST under a new Idempotency-Key. */
    protected HttpResponse<String> call(String method, String path, String body) {
        return call(method, path, method.equals("POST") ? UUID.randomUUID().toString() : null, body);
    }

    protected HttpResponse<String> post(String path, String idempotencyKey, String body) {
        return call("POST", path, idempotencyKey, body);
    }

    private HttpResponse<String> call(String method, String path, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + FACADE_TOKEN)
                .header("Paystream-Api-Key-Id", keyId)
                .header("Paystream-Api-Key-Merchant", merchant)
                .header("Paystream-Api-Key-Scopes", keyScopes)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HttpCalls.send(request);
    }

    /** A new endpoint at {@code url} for {@code types} (wire names); returns the creation's answer. */
    protected JsonNode createEndpoint(String url, String... types) {
        HttpResponse<String> created = call("POST", "/v1/webhook-endpoints", """
                {"url": "%s", "eventTypes": [%s]}""".formatted(url, quoted(types)));
        if (created.statusCode() != 201) {
            throw new AssertionError("creating an endpoint answered " + created.statusCode() + " " + created.body());
        }
        return JSON.readTree(created.body());
    }

    /** Publishes a payment event of this test's merchant, as the platform would; returns it. */
    protected PaymentEvent publish(PaymentEventType type, String paymentId, long sequence) {
        PaymentEvent event = new PaymentEvent(
                "evt-" + UUID.randomUUID(),
                type,
                paymentId,
                "ord_" + paymentId,
                merchant,
                "customer-1",
                "op_" + UUID.randomUUID(),
                sequence,
                1500,
                "USD",
                type.isUnsuccessful() ? null : "txn_" + sequence,
                PaymentMethodType.CARD,
                null,
                type.isUnsuccessful() ? "processor_declined" : null,
                null,
                Instant.now());
        publish(event);
        return event;
    }

    protected void publish(PaymentEvent event) {
        TestServers.kafka().publish(event.topic(), event.orderId(), JSON.writeValueAsString(event));
    }

    private static String quoted(String... types) {
        return String.join(
                ", ", Arrays.stream(types).map(type -> "\"" + type + "\"").toList());
    }
}
