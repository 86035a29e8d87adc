package io.paystream.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.tenancy.TenantStatements;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Tenancy (ARCHITECTURE §11) checked on what the wallet asks its database: every statement on {@code customer} and
 * {@code payment_method} any test of this JVM made it send names the merchant, but the janitor's sweep.
 */
class TenancyIsolationTests extends WalletTestBase {

    /** Statements on a merchant's rows that are for every merchant at once, and why. */
    private static final Map<String, String> FOR_EVERY_MERCHANT = Map.of(
            "FROM payment_method WHERE status = 'DELETING'",
            "the janitor finishes every merchant's vault removals, each at the method's own merchant");

    @Test
    void everyStatementOnACustomerOrAMethodNamesItsMerchant() {
        String first = addCard();
        String second = addCard();
        http.patch(METHODS + "/" + second, token, "{\"makeDefault\":true,\"nickname\":\"travel\"}");
        String orchestrator = TestServers.oauth().token("payments-orchestrator", "wallet:internal");
        http.get("/internal/merchants/mer_demo/customers/" + customer + "/payment-methods/" + first, orchestrator);
        http.delete(METHODS + "/" + first, token);
        String atAcme = TestServers.oauth()
                .token(TokenSpec.of(customer, "wallet:read", "wallet:write").withClaim("merchant_id", "mer_acme"));
        assertThat(http.get(METHODS + "/" + second, atAcme).statusCode()).isEqualTo(404);
        Awaitility.await()
                .until(() -> !TenantStatements.touching("payment_method").stream()
                        .filter(sql -> sql.contains("status = 'DELETING'"))
                        .toList()
                        .isEmpty());

        assertThat(TenantStatements.touching("payment_method"))
                .anyMatch(sql -> sql.startsWith("INSERT INTO payment_method "))
                .anyMatch(sql -> sql.startsWith("UPDATE payment_method SET is_default = true"))
                .anyMatch(sql -> sql.startsWith("DELETE FROM payment_method"));
        assertThat(TenantStatements.touching("customer")).isNotEmpty();
        assertThat(TenantStatements.unscoped(Set.of("customer", "payment_method"), FOR_EVERY_MERCHANT))
                .as("statements on the wallet's rows that name no merchant")
                .isEmpty();
    }
}
