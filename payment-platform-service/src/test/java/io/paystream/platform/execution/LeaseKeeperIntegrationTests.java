package io.paystream.platform.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentJob;
import io.paystream.platform.PlatformTestBase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Leases of 3 s renewed every 500 ms (the test base's settings): held ones never run out, others do. */
class LeaseKeeperIntegrationTests extends PlatformTestBase {

    @Autowired
    LeaseKeeper leases;

    @Test
    void anOperationHeldKeepsItsLeaseAndItsMessageWhileOneNotHeldRunsOut() {
        ExecutionKey held = started(1);
        ExecutionKey abandoned = started(1);
        AtomicInteger messageKept = new AtomicInteger();
        leases.hold(held, 1, messageKept::incrementAndGet);
        try {
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> leaseLeft(held));
            assertThat(leaseLeft(abandoned)).isFalse();
            assertThat(messageKept).hasValueGreaterThan(4);
        } finally {
            leases.letGo(held);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !leaseLeft(held));
    }

    @Test
    void anOperationTakenOverSinceIsNotRenewedForItsFormerHolder() {
        ExecutionKey operation = started(2);
        AtomicInteger messageKept = new AtomicInteger();
        leases.hold(operation, 1, messageKept::incrementAndGet);
        try {
            await().atMost(Duration.ofSeconds(6)).until(() -> !leaseLeft(operation));
            assertThat(messageKept).hasValue(0);
        } finally {
            leases.letGo(operation);
        }
    }

    /** A STARTED row with the test base's 3 s lease, as a claim at attempt {@code attempts} leaves it. */
    private ExecutionKey started(int attempts) {
        PaymentJob job = approve(100, "USD", "fake-valid-nonce");
        jdbc.sql("""
                        INSERT INTO execution (merchant_id, operation_id, operation, payment_id, job, status, attempts,
                                               lease_until, created_at, updated_at)
                        VALUES (:merchant, :id, 'APPROVE', :paymentId, :job, 'STARTED', :attempts,
                                now() + interval '3 seconds', now(), now())""")
                .param("merchant", job.merchantId())
                .param("id", job.operationId())
                .param("paymentId", job.paymentId())
                .param("job", json.writeValueAsString(job))
                .param("attempts", attempts)
                .update();
        return ExecutionKey.of(job);
    }

    private boolean leaseLeft(ExecutionKey key) {
        return jdbc.sql("SELECT lease_until > now() FROM execution WHERE operation_id = :id")
                .param("id", key.operationId())
                .query(Boolean.class)
                .single();
    }
}
