package io.paystream.orders.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.orders.Api.Answer;
import io.paystream.orders.OrderServiceTestBase;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Only tokens of our issuer, for our audience, with the endpoint's scope get in; refusals are problem+json. */
class ApiSecurityTests extends OrderServiceTestBase {

    static final String BODY = "{\"amount\": 100, \"currency\": \"USD\"}";

    final String customer = "customer-" + UUID.randomUUID();

    @Test
    void requestWithoutTokenIsUnauthorized() {
        Answer answer = api.post(null, "key", BODY);

        assertUnauthorized(answer);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(nothingStored()).isTrue();
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        String token = idp.token(TokenSpec.of(customer, "orders:write").withAudience("another-api"));

        assertUnauthorized(api.post(token, "key", BODY));
        assertThat(nothingStored()).isTrue();
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        String token = idp.token(TokenSpec.of(customer, "orders:read").withIssuerId("elsewhere"));

        assertUnauthorized(api.get(token, "/v1/orders/ord_any"));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        String token = idp.token(TokenSpec.of(customer, "orders:read").withLifetime(Duration.ofMinutes(-5)));

        assertUnauthorized(api.get(token, "/v1/orders/ord_any"));
    }

    @Test
    void placingWithoutTheWriteScopeIsForbidden() {
        Answer answer = api.post(idp.token(customer, "orders:read"), "key", BODY);

        assertForbidden(answer);
        assertThat(answer.header("WWW-Authenticate")).contains("insufficient_scope");
        assertThat(nothingStored()).isTrue();
    }

    @Test
    void readingWithoutTheReadScopeIsForbidden() {
        String orderId = api.placeOrder(customer, 100, "USD");

        assertForbidden(api.get(idp.token(customer, "orders:write"), "/v1/orders/" + orderId));
    }

    private boolean nothingStored() {
        return rows("SELECT count(*) FROM orders WHERE customer_id = :p", customer) == 0
                && rows("SELECT count(*) FROM idempotency_key WHERE customer_id = :p", customer) == 0;
    }

    private static void assertUnauthorized(Answer answer) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("type").stringValue()).isEqualTo("https://paystream.dev/problems/unauthorized");
    }

    private static void assertForbidden(Answer answer) {
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("type").stringValue())
                .isEqualTo("https://paystream.dev/problems/insufficient-scope");
    }
}
