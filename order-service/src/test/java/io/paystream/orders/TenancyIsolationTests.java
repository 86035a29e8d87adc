package io.paystream.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.tenancy.TenantStatements;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tenancy (ARCHITECTURE §11) checked on what the order service asks its database: every statement on {@code orders}
 * any test of this JVM made it send names the merchant, but the consumer's lock of the order an event names. A
 * history or anomaly row is reached only through its order; Idempotency-Keys are owned by a scope that holds the
 * merchant; the inbox and the parking lot are the consumer's, for every merchant.
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
        assertThat(TenantStatements.unscoped(Set.of("orders"), FOR_EVERY_MERCHANT))
                .as("statements on orders that name no merchant")
                .isEmpty();
    }
}
