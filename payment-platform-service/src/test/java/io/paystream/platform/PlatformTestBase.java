package io.paystream.platform;

import static org.awaitility.Awaitility.await;

import io.paystream.braintree.simulator.BraintreeSimulator;
import io.paystream.contracts.DefaultMerchant;
import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.PaymentQueues;
import io.paystream.contracts.StoredPaymentMethod;
import io.paystream.platform.PublishedEvents.Published;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.tenancy.TenantStatements;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The platform service against real PostgreSQL, Kafka, ElasticMQ and the Braintree simulator. */
@RealServers(
        value = {Server.POSTGRES, Server.KAFKA, Server.SQS},
        database = "platform")
@Import(TenantStatements.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "paystream.braintree.timeout=2s",
            "paystream.braintree.circuit-open-for=500ms",
            "paystream.platform.visibility-seconds=2",
            "paystream.platform.lease=3s",
            "paystream.platform.lease-renew-interval=500ms",
            "paystream.platform.retry-base-delay=1s",
            "paystream.platform.retry-max-delay=2s",
            "paystream.platform.unknown-give-up-after=5s",
            "paystream.platform.reconcile-interval=300ms",
            "paystream.outbox.poll-interval=20ms"
        })
public abstract class PlatformTestBase {

    static final String CUSTOMER = "alice";
    static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected JsonMapper json;

    final BraintreeSimulator simulator = Simulator.get();

    @DynamicPropertySource
    static void braintree(DynamicPropertyRegistry registry) {
        registry.add("paystream.braintree.base-url", Simulator.get()::baseUrl);
    }

    void send(PaymentJob job) {
        sendRaw(json.writeValueAsString(job));
    }

    void sendRaw(String body) {
        var sqs = TestServers.sqs();
        sqs.client()
                .sendMessage(request -> request.queueUrl(sqs.queueUrl(PaymentQueues.PAYMENT_REQUESTS))
                        .messageBody(body));
    }

    protected static PaymentJob approve(long amount, String currency, String nonce) {
        return job(Operation.APPROVE, "pay_" + UUID.randomUUID(), 1, amount, currency, null, nonce, null);
    }

    static PaymentJob approveStored(long amount, StoredPaymentMethod method) {
        return job(Operation.APPROVE, "pay_" + UUID.randomUUID(), 1, amount, "USD", method, null, null);
    }

    /** The next operation on the payment that {@code approval} started, against its gateway transaction. */
    static PaymentJob followUp(PaymentJob approval, Operation operation, long amount, String gatewayTransactionId) {
        return new PaymentJob(
                "op_" + UUID.randomUUID(),
                operation,
                approval.paymentId(),
                approval.orderId(),
                approval.merchantId(),
                approval.customerId(),
                approval.sequence() + 1,
                amount,
                approval.currency(),
                approval.paymentMethod(),
                null,
                gatewayTransactionId,
                Instant.now());
    }

    private static PaymentJob job(
            Operation operation,
            String paymentId,
            long sequence,
            long amount,
            String currency,
            StoredPaymentMethod method,
            String nonce,
            String gatewayTransactionId) {
        return new PaymentJob(
                "op_" + UUID.randomUUID(),
                operation,
                paymentId,
                "ord_" + UUID.randomUUID(),
                DefaultMerchant.ID,
                CUSTOMER,
                sequence,
                amount,
                currency,
                method,
                nonce,
                gatewayTransactionId,
                Instant.now());
    }

    /** The first event of an operation, once the relay has published it. */
    Published awaitEvent(PaymentJob job) {
        return await().atMost(EVENT_WAIT)
                .until(() -> PublishedEvents.get().forOperation(job.operationId()), events -> !events.isEmpty())
                .getFirst();
    }

    List<Published> eventsOf(PaymentJob job) {
        return PublishedEvents.get().forOperation(job.operationId());
    }

    String executionStatus(PaymentJob job) {
        return jdbc.sql("SELECT status FROM execution WHERE operation_id = :id")
                .param("id", job.operationId())
                .query(String.class)
                .optional()
                .orElse("ABSENT");
    }
}
