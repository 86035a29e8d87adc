package io.paystream.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.GatewayAttemptRecorded;
import io.paystream.contracts.Operation;
import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentJob;
import io.paystream.testsupport.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/** Every gateway call told to the audit trail (ARCHITECTURE §12), as the orchestrator will read it. */
class GatewayAttemptsIntegrationTests extends PlatformTestBase {

    @Test
    void anApprovalAndItsCaptureAreOneAttemptEachWithTheProcessorsAnswerAndNoNonce() {
        PaymentJob approval = approve(1200, "USD", "fake-valid-nonce");
        send(approval);
        PaymentEvent approved = awaitEvent(approval).event();
        PaymentJob capture = followUp(approval, Operation.DEPOSIT, 1200, approved.gatewayTransactionId());
        send(capture);
        awaitEvent(capture);

        List<ConsumerRecord<String, String>> records = attemptsOf(approval.paymentId(), 2);
        List<GatewayAttemptRecorded> attempts = records.stream()
                .map(record -> json.readValue(record.value(), GatewayAttemptRecorded.class))
                .toList();

        assertThat(records).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(approval.paymentId());
            assertThat(record.value()).doesNotContain("fake-valid-nonce");
        });
        assertThat(attempts)
                .extracting(
                        GatewayAttemptRecorded::call, GatewayAttemptRecorded::outcome, GatewayAttemptRecorded::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sale", "SUCCEEDED", "platform"),
                        org.assertj.core.groups.Tuple.tuple("submit_for_settlement", "SUCCEEDED", "platform"));
        GatewayAttemptRecorded sale = attempts.getFirst();
        assertThat(sale.transactionId()).isEqualTo(approved.gatewayTransactionId());
        assertThat(sale.processorResponseCode()).isEqualTo("1000");
        assertThat(sale.latencyMillis()).isNotNegative();
        assertThat(sale.merchantId()).isEqualTo(approval.merchantId());
        assertThat(sale.operationId()).isEqualTo(approval.operationId());
    }

    @Test
    void aDeclineIsAnAttemptWithTheProcessorsCodeAndText() {
        PaymentJob job = approve(1000, "USD", "fake-processor-declined-visa-nonce");
        send(job);
        awaitEvent(job);

        GatewayAttemptRecorded declined =
                json.readValue(attemptsOf(job.paymentId(), 1).getFirst().value(), GatewayAttemptRecorded.class);

        assertThat(declined.outcome()).isEqualTo("DECLINED");
        assertThat(declined.processorResponseCode()).isNotBlank();
        assertThat(declined.processorResponseText()).isNotBlank();
    }

    private static List<ConsumerRecord<String, String>> attemptsOf(String paymentId, int count) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = TestServers.kafka().consumerFromStart("attempts-tests")) {
            consumer.subscribe(AuditTopics.ALL);
            await().atMost(EVENT_WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (paymentId.equals(record.key())) {
                        seen.add(record);
                    }
                });
                return seen.size() >= count;
            });
        }
        return seen;
    }
}
