package io.paystream.orchestrator;

import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test as one merchant of its own: its shoppers carry the merchant in their tokens, and its API key reaches the
 * orchestrator as the facade sends it, the facade's token with {@code api-keys:act} and the key in headers.
 */
abstract class MerchantTestBase extends OrchestratorTestBase {

    private static final String FACADE_TOKEN =
            TestServers.oauth().token(TokenSpec.of("payments-facade", "api-keys:act"));

    protected String merchant;
    protected final String keyId = "key_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void newMerchant() {
        merchant = "mer_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    protected void shopAs(String shopper) {
        customer = shopper;
        token = TestServers.oauth()
                .token(TokenSpec.of(shopper, "payments:read", "payments:write").withClaim("merchant_id", merchant));
        callerHeaders = new String[0];
    }

    protected void asKey(String... scopes) {
        token = FACADE_TOKEN;
        callerHeaders = new String[] {
            "Paystream-Api-Key-Id", keyId,
            "Paystream-Api-Key-Merchant", merchant,
            "Paystream-Api-Key-Scopes", String.join(" ", scopes)
        };
    }
}
