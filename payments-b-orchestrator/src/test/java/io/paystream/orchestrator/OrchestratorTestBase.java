package io.paystream.orchestrator;

import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.contracts.PaymentQueues;
import io.paystream.testsupport.HttpCalls;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.tenancy.TenantStatements;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The orchestrator on real PostgreSQL, Kafka, ElasticMQ and the mock IdP; each test is a new customer. Every statement
 * it sends is recorded for the tenancy check ({@link TenantStatements}).
 */
@RealServers(database = "orchestrator")
@Import(TenantStatements.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "paystream.wallet.base-url=http://localhost:1",
            "paystream.outbox.poll-interval=20ms",
            "paystream.outbox.resend-check-interval=300ms"
        })
public abstract class OrchestratorTestBase {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    /** Jobs read off the queue so far, by paymentId: the orchestrator's SQS hand-off as the platform sees it. */
    private static final Map<String, List<JsonNode>> JOBS = new ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected String customer;
    protected String token;
    /** Sent with every request, as name, value, name, value: for example an API key's delegation headers. */
    protected String[] callerHeaders = {};

    @BeforeEach
    void newCustomer() {
        customer = "customer-" + UUID.randomUUID();
        token = TestServers.oauth().token(customer, "payments:read", "payments:write");
    }

    protected HttpResponse<String> post(String path, String key, String body, String... headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    protected HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    protected HttpResponse<String> approveWithNonce(long amount) {
        return post("/v1/payments", "key-" + UUID.randomUUID(), """
                {"orderId":"ord_%s","amount":%d,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(UUID.randomUUID(), amount));
    }

    /** The jobs the orchestrator queued for this payment, once {@code count} have arrived. */
    protected List<JsonNode> jobsFor(String paymentId, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            drainQueue();
                            return JOBS.getOrDefault(paymentId, List.of());
                        },
                        jobs -> jobs.size() >= count);
    }

    /** The platform's outcome of one of {@code payment}'s operations, as it would publish it. */
    protected PaymentEvent outcome(
            JsonNode payment,
            String merchantId,
            int sequence,
            String operationId,
            PaymentEventType type,
            long amount,
            String transactionId) {
        return new PaymentEvent(
                "evt_" + UUID.randomUUID(),
                type,
                payment.path("paymentId").asString(),
                payment.path("orderId").asString(),
                merchantId,
                customer,
                operationId,
                sequence,
                amount,
                "USD",
                transactionId,
                PaymentMethodType.CARD,
                null,
                null,
                null,
                Instant.now());
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static synchronized void drainQueue() {
        var sqs = TestServers.sqs();
        String queue = sqs.queueUrl(PaymentQueues.PAYMENT_REQUESTS);
        List<Message> messages = sqs.client()
                .receiveMessage(request ->
                        request.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(0))
                .messages();
        for (Message message : messages) {
            JsonNode job = JSON.readTree(message.body());
            JOBS.computeIfAbsent(
                            job.path("paymentId").asString(), id -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(job);
            sqs.client().deleteMessage(request -> request.queueUrl(queue).receiptHandle(message.receiptHandle()));
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
        for (int i = 0; i < callerHeaders.length; i += 2) {
            request.header(callerHeaders[i], callerHeaders[i + 1]);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return HttpCalls.send(request);
    }
}
