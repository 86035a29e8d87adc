package io.paystream.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentEvent;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.tenancy.TenantStatements;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tenancy (ARCHITECTURE §11) checked on what the order service asks its database: every statement on {@code orders},
 * {@code order_history} and {@code anomaly} any test of this JVM made it send names the merchant, but the consumer's
 * lock of the order an event names. Idempotency-Keys are owned by a scope that holds the merchant; the inbox and the
 * parking lot are the consumer's, for every merchant.
 */
class TenancyIsolationTests extends OrderServiceTestBase {

    /** Statements on a merchant's orders that are for every merchant at once, and why. */
    private static final Map<String, String> FOR_EVERY_MERCHANT = Map.of(
            "SELECT * FROM orders WHERE id = ? FOR UPDATE",
            "the consumer locks the order its event names, and Order.decide compares the event's merchant with the"
                    + " order's: another merchant's event becomes an anomaly, never applied",
            "FROM parked_event p JOIN orders o ON o.id = p.order_id",
            "the parking sweep finds every merchant's parked events whose order now exists; each is then judged"
                    + " against its locked order as above");

    private final String customer = "customer-" + UUID.randomUUID();

    @Test
    void everyStatementOnAnOrderNamesItsMerchant() {
        String demoOrder = api.placeOrder(customer, 1500, "USD");
        String atAcme =
                idp.token(TokenSpec.of(customer, "orders:read", "orders:write").withClaim("merchant_id", "mer_acme"));
        api.post(atAcme, "same-key", "{\"amount\": 700, \"currency\": \"USD\"}");
        EventPublisher.publish(
                PaymentScript.forOrder(demoOrder, customer, "USD").approved(1500));
        awaitStatus(customer, demoOrder, "AUTHORIZED");
        PaymentEvent acmesEvent =
                PaymentScript.forOrder(demoOrder, customer, "USD").approvedFor("mer_acme", customer, 1500);
        EventPublisher.publish(acmesEvent);
        await().atMost(EVENT_WAIT)
                .until(() -> rows("SELECT count(*) FROM anomaly WHERE event_id = :p", acmesEvent.eventId()) == 1);

        assertThat(jdbc.sql("SELECT merchant_id FROM anomaly WHERE event_id = :id")
                        .param("id", acmesEvent.eventId())
                        .query(String.class)
                        .single())
                .as("another merchant's event on this order is that merchant's anomaly")
                .isEqualTo("mer_acme");
        assertThat(api.order(customer, demoOrder).path("anomalies").isEmpty()).isTrue();
        assertThat(jdbc.sql("SELECT DISTINCT merchant_id FROM order_history WHERE order_id = :id")
                        .param("id", demoOrder)
                        .query(String.class)
                        .list())
                .containsExactly("mer_demo");

        assertThat(api.get(atAcme, "/v1/orders/" + demoOrder).status()).isEqualTo(404);
        assertThat(api.get(atAcme, "/v1/orders?limit=100")
                        .json()
                        .path("data")
                        .valueStream()
                        .map(order -> order.path("orderId").asString()))
                .doesNotContain(demoOrder);
        assertThat(TenantStatements.touching("orders"))
                .anyMatch(sql -> sql.startsWith("INSERT INTO orders "))
                .anyMatch(sql -> sql.startsWith("UPDATE orders SET"))
                .anyMatch(sql -> sql.startsWith("SELECT * FROM orders WHERE id = ? AND merchant_id"))
                .anyMatch(sql -> sql.contains("ORDER BY created_at DESC"));
        assertThat(TenantStatements.touching("order_history"))
                .anyMatch(sql -> sql.startsWith("INSERT INTO order_history"))
                .anyMatch(sql -> sql.startsWith("SELECT * FROM order_history WHERE merchant_id"));
        assertThat(TenantStatements.touching("anomaly")).anyMatch(sql -> sql.startsWith("INSERT INTO anomaly"));
        assertThat(TenantStatements.unscoped(Set.of("orders", "order_history", "anomaly"), FOR_EVERY_MERCHANT))
                .as("statements on orders, order_history or anomaly that name no merchant")
                .isEmpty();
    }
}
