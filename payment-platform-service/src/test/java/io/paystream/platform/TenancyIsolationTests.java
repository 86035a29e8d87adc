package io.paystream.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentJob;
import io.paystream.testsupport.tenancy.TenantStatements;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tenancy (ARCHITECTURE §11) checked on what the platform asks its database: every statement on {@code execution} any
 * test of this JVM made it send names the merchant, but an operator's gauge. The outbox is the relay's, for every
 * merchant.
 */
class TenancyIsolationTests extends PlatformTestBase {

    /** Statements on a merchant's rows that are for every merchant at once, and why. */
    private static final Map<String, String> FOR_EVERY_MERCHANT = Map.of(
            "SELECT count(*) FROM execution WHERE status = ?", "the gauge of executions by status, for operators");

    @Test
    void everyStatementOnAnExecutionNamesItsMerchant() {
        PaymentJob job = approve(1200, "USD", "fake-valid-nonce");
        send(job);
        send(job);
        await().atMost(EVENT_WAIT).until(() -> !eventsOf(job).isEmpty());

        assertThat(TenantStatements.touching("execution"))
                .anyMatch(sql -> sql.startsWith("INSERT INTO execution "))
                .anyMatch(sql -> sql.startsWith("UPDATE execution SET status"))
                .anyMatch(sql -> sql.startsWith("UPDATE execution e"));
        assertThat(TenantStatements.unscoped(Set.of("execution"), FOR_EVERY_MERCHANT))
                .as("statements on execution that name no merchant")
                .isEmpty();
    }
}
