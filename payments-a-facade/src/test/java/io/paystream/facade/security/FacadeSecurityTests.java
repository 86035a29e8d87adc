package io.paystream.facade.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.facade.Api.Answer;
import io.paystream.facade.FacadeTestBase;
import io.paystream.facade.web.Scopes;
import io.paystream.testsupport.OAuthServer;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Only signed, unexpired tokens of our issuer for our audience, with the endpoint's scope, are forwarded. */
class FacadeSecurityTests extends FacadeTestBase {

    private static final String APPROVE = """
            {"orderId": "ord_1", "amount": 100, "currency": "USD", "paymentMethodId": "pm_1"}""";

    @Test
    void requestWithoutTokenIsUnauthorized() {
        Answer answer = api.post("/v1/payments", null, APPROVE);

        assertUnauthorized(answer);
        assertThat(answer.header("WWW-Authenticate")).doesNotContain("error=");
    }

    @Test
    void expiredTokenIsUnauthorized() {
        String expired = idp.token(TokenSpec.of(customer, ALL_SCOPES).withLifetime(Duration.ofMinutes(-5)));

        assertUnauthorized(api.post("/v1/payments", expired, APPROVE));
    }

    @Test
    void tokenOfAnotherIssuerIsUnauthorized() {
        String foreign = idp.token(TokenSpec.of(customer, ALL_SCOPES).withIssuerId("elsewhere"));

        assertUnauthorized(api.get("/v1/payments/pay_1", foreign));
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        String foreign = idp.token(TokenSpec.of(customer, ALL_SCOPES).withAudience("another-api"));

        assertUnauthorized(api.get("/v1/orders/ord_1", foreign));
    }

    @Test
    void unsignedTokenWithAlgNoneIsUnauthorized() {
        String unsigned = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims()) + ".";

        assertUnauthorized(api.post("/v1/payments", unsigned, APPROVE));
    }

    @Test
    void tokenWithAnotherTokensSignatureIsUnauthorized() {
        String[] mine = token().split("\\.");
        String[] other = idp.token("someone-else", ALL_SCOPES).split("\\.");

        assertUnauthorized(api.post("/v1/payments", mine[0] + "." + mine[1] + "." + other[2], APPROVE));
    }

    @Test
    void tokenSignedWithASharedSecretInsteadOfTheIssuersKeyIsUnauthorized() throws Exception {
        String signed = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + encode(claims());
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(
                "a-secret-anyone-could-pick-32-bytes!".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(hmac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));

        assertUnauthorized(api.post("/v1/payments", signed + "." + signature, APPROVE));
    }

    /** Each endpoint of §3, and a token with every scope but the one it needs. */
    record Endpoint(String method, String path, String body, String scope) {}

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST", "/v1/orders", "{\"amount\": 100, \"currency\": \"USD\"}", Scopes.ORDERS_WRITE),
                new Endpoint("GET", "/v1/orders/ord_1", null, Scopes.ORDERS_READ),
                new Endpoint("GET", "/v1/wallet/payment-methods", null, Scopes.WALLET_READ),
                new Endpoint(
                        "POST",
                        "/v1/wallet/payment-methods",
                        "{\"type\": \"CARD\", \"nonce\": \"n\"}",
                        Scopes.WALLET_WRITE),
                new Endpoint("GET", "/v1/wallet/payment-methods/pm_1", null, Scopes.WALLET_READ),
                new Endpoint("PATCH", "/v1/wallet/payment-methods/pm_1", "{\"nickname\": \"x\"}", Scopes.WALLET_WRITE),
                new Endpoint("DELETE", "/v1/wallet/payment-methods/pm_1", null, Scopes.WALLET_WRITE),
                new Endpoint("POST", "/v1/payments", APPROVE, Scopes.PAYMENTS_WRITE),
                new Endpoint("POST", "/v1/payments/pay_1/deposits", "{}", Scopes.PAYMENTS_WRITE),
                new Endpoint("POST", "/v1/payments/pay_1/reversals", "{}", Scopes.PAYMENTS_WRITE),
                new Endpoint("POST", "/v1/payments/pay_1/refunds", "{}", Scopes.PAYMENTS_WRITE),
                new Endpoint("GET", "/v1/payments/pay_1", null, Scopes.PAYMENTS_READ),
                new Endpoint("GET", "/v1/payments/pay_1/audit", null, Scopes.PAYMENTS_READ),
                new Endpoint("GET", "/v1/payments?orderId=ord_1", null, Scopes.PAYMENTS_READ));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void tokenWithoutTheEndpointsScopeIsForbidden(Endpoint endpoint) {
        String[] otherScopes = Scopes.ALL.keySet().stream()
                .filter(scope -> !scope.equals(endpoint.scope()))
                .toArray(String[]::new);

        Answer answer = call(endpoint, idp.token(customer, otherScopes));

        assertProblem(answer, 403, "insufficient-scope");
        assertThat(answer.header("WWW-Authenticate")).contains("insufficient_scope");
        assertNothingForwarded();
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void tokenWithOnlyTheEndpointsScopeIsForwarded(Endpoint endpoint) {
        Answer answer = call(endpoint, idp.token(customer, endpoint.scope()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(ORDERS.received().size()
                        + WALLET.received().size()
                        + PAYMENTS.received().size())
                .isEqualTo(1);
    }

    static Stream<Endpoint> keyOnlyEndpoints() {
        return Stream.of(
                new Endpoint(
                        "POST",
                        "/v1/webhook-endpoints",
                        "{\"url\": \"https://shop.example.com/hooks\", \"eventTypes\": [\"payment.captured\"]}",
                        Scopes.WEBHOOKS_MANAGE),
                new Endpoint("GET", "/v1/webhook-endpoints", null, Scopes.WEBHOOKS_MANAGE),
                new Endpoint("DELETE", "/v1/webhook-endpoints/we_1", null, Scopes.WEBHOOKS_MANAGE),
                new Endpoint("GET", "/v1/webhook-endpoints/we_1/deliveries", null, Scopes.WEBHOOKS_MANAGE),
                new Endpoint("POST", "/v1/webhook-deliveries/wd_1/resend", "{}", Scopes.WEBHOOKS_MANAGE));
    }

    @ParameterizedTest
    @MethodSource("keyOnlyEndpoints")
    void aShoppersTokenNeverReachesAMerchantsWebhooksWhateverItsScopes(Endpoint endpoint) {
        Answer answer = call(endpoint, idp.token(customer, Scopes.WEBHOOKS_MANAGE, Scopes.PAYMENTS_WRITE));

        assertProblem(answer, 403, "insufficient-scope");
        assertNothingForwarded();
    }

    private Answer call(Endpoint endpoint, String token) {
        return endpoint.body() == null
                ? api.send(endpoint.method(), endpoint.path(), token, null)
                : api.send(
                        endpoint.method(),
                        endpoint.path(),
                        token,
                        endpoint.body(),
                        "Content-Type",
                        "application/json",
                        "Idempotency-Key",
                        "key-1");
    }

    private String claims() {
        long now = Instant.now().getEpochSecond();
        return """
                {"iss": "%s", "sub": "%s", "aud": "%s", "scope": "%s", "iat": %d, "nbf": %d, "exp": %d}""".formatted(
                idp.issuerUri(), customer, OAuthServer.AUDIENCE, String.join(" ", ALL_SCOPES), now, now, now + 3600);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertUnauthorized(Answer answer) {
        assertProblem(answer, 401, "unauthorized");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertNothingForwarded();
    }
}
