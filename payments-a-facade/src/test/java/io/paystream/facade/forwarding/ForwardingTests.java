package io.paystream.facade.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.facade.Api.Answer;
import io.paystream.facade.FacadeTestBase;
import io.paystream.facade.RecordingServer.Received;
import org.junit.jupiter.api.Test;

/** A valid request reaches the service that owns it unchanged, and that service's answer comes back unchanged. */
class ForwardingTests extends FacadeTestBase {

    /** Odd spacing and field order on purpose: the service gets the client's bytes, not a re-serialization. */
    static final String APPROVE = """
            { "currency":"USD",  "amount": 1050, "orderId": "ord_1",
              "paymentMethodNonce": "fake-valid-visa-nonce" }""";

    static final String PAYMENT = "{\"paymentId\":\"pay_1\",\"status\":\"AUTHORIZED\"}";

    @Test
    void approvalIsForwardedToTheOrchestratorWithTheHeadersThatMatter() {
        String token = token();
        PAYMENTS.answer(
                200,
                PAYMENT,
                "Content-Type",
                "application/json",
                "Location",
                "http://10.0.3.7:8081/v1/payments/pay_1",
                "Idempotent-Replayed",
                "true",
                "Preference-Applied",
                "wait=5",
                "X-Internal-Node",
                "orchestrator-7");

        Answer answer = api.send(
                "POST",
                "/v1/payments",
                token,
                APPROVE,
                "Content-Type",
                "application/json",
                "Accept",
                "application/json",
                "Idempotency-Key",
                "checkout-42-approve",
                "Prefer",
                "wait=5",
                "X-Request-Id",
                "req-7f3a",
                "Cookie",
                "session=abc");

        Received sent = PAYMENTS.only();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/payments");
        assertThat(sent.bodyText()).isEqualTo(APPROVE);
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(sent.header("Idempotency-Key")).isEqualTo("checkout-42-approve");
        assertThat(sent.header("Prefer")).isEqualTo("wait=5");
        assertThat(sent.header("X-Request-Id")).isEqualTo("req-7f3a");
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.header("Accept")).isEqualTo("application/json");
        assertThat(sent.header("Cookie")).isNull();
        assertThat(ORDERS.received()).isEmpty();
        assertThat(WALLET.received()).isEmpty();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(PAYMENT);
        assertThat(answer.header("Content-Type")).isEqualTo("application/json");
        assertThat(answer.header("Location")).isEqualTo("/v1/payments/pay_1");
        assertThat(answer.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(answer.header("Preference-Applied")).isEqualTo("wait=5");
        assertThat(answer.header("X-Request-Id")).isEqualTo("req-7f3a");
        assertThat(answer.header("X-Internal-Node")).isNull();
    }

    @Test
    void refusalOfTheServiceBehindComesBackAsItWas() {
        String problem = "{\"type\":\"https://paystream.dev/problems/idempotency-key-in-flight\",\"status\":409}";
        PAYMENTS.answer(409, problem, "Content-Type", "application/problem+json", "Retry-After", "2");

        Answer answer = api.post("/v1/payments/pay_1/refunds", token(), "{\"amount\": 600}");

        assertThat(PAYMENTS.only().path()).isEqualTo("/v1/payments/pay_1/refunds");
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).isEqualTo(problem);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("2");
    }

    @Test
    void acceptedDepositWithTheLongestWaitIsForwarded() {
        PAYMENTS.answer(202, PAYMENT, "Content-Type", "application/json");

        Answer answer = api.post("/v1/payments/pay_1/deposits", token(), "{}", "Prefer", "respond-async, wait=10");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(PAYMENTS.only().header("Prefer")).isEqualTo("respond-async, wait=10");
        assertThat(PAYMENTS.only().bodyText()).isEqualTo("{}");
    }

    @Test
    void queryIsForwardedAsTheClientWroteIt() {
        PAYMENTS.answer(200, "{\"data\":[],\"hasMore\":false}", "Content-Type", "application/json");

        Answer answer = api.get("/v1/payments?status=CAPTURED&createdFrom=2026-12-01T00%3A00%3A00Z&limit=2", token());

        Received sent = PAYMENTS.only();
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.path()).isEqualTo("/v1/payments");
        assertThat(sent.rawQuery()).isEqualTo("status=CAPTURED&createdFrom=2026-12-01T00%3A00%3A00Z&limit=2");
        assertThat(sent.body()).isEmpty();
        assertThat(answer.body()).isEqualTo("{\"data\":[],\"hasMore\":false}");
    }

    @Test
    void orderIsPlacedThroughTheOrderService() {
        String order = "{\"orderId\":\"ord_9\",\"status\":\"CREATED\"}";
        ORDERS.answer(201, order, "Content-Type", "application/json", "Location", "/v1/orders/ord_9");
        String body =
                "{\"amount\": 1050, \"currency\": \"JPY\", \"items\": [{\"name\": \"Tea\", \"quantity\": 1, \"unitAmount\": 0}]}";

        Answer answer = api.post("/v1/orders", token(), body);

        assertThat(ORDERS.only().bodyText()).isEqualTo(body);
        assertThat(ORDERS.only().path()).isEqualTo("/v1/orders");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/v1/orders/ord_9");
        assertThat(answer.body()).isEqualTo(order);
        assertThat(PAYMENTS.received()).isEmpty();
    }

    @Test
    void paymentMethodIsAddedChangedAndDeletedThroughTheWalletService() {
        String add =
                "{\"type\": \"PAYPAL\", \"nonce\": \"fake-paypal-billing-agreement-nonce\", \"makeDefault\": false,"
                        + " \"billingAddress\": {\"line1\": \"1 Main St\", \"city\": \"Springfield\", \"postalCode\": \"12345\","
                        + " \"countryCode\": \"US\"}}";
        WALLET.answer(201, "{\"id\":\"pm_1\"}", "Content-Type", "application/json");
        assertThat(api.post("/v1/wallet/payment-methods", token(), add).status())
                .isEqualTo(201);

        WALLET.answer(200, "{\"id\":\"pm_1\"}", "Content-Type", "application/json");
        assertThat(api.send(
                                "PATCH",
                                "/v1/wallet/payment-methods/pm_1",
                                token(),
                                "{\"nickname\": \"\"}",
                                "Content-Type",
                                "application/json")
                        .status())
                .isEqualTo(200);

        WALLET.answer(204, null);
        Answer deleted = api.send("DELETE", "/v1/wallet/payment-methods/pm_1", token(), null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(WALLET.received())
                .extracting(Received::method, Received::path, Received::bodyText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("POST", "/v1/wallet/payment-methods", add),
                        org.assertj.core.groups.Tuple.tuple(
                                "PATCH", "/v1/wallet/payment-methods/pm_1", "{\"nickname\": \"\"}"),
                        org.assertj.core.groups.Tuple.tuple("DELETE", "/v1/wallet/payment-methods/pm_1", ""));
    }

    @Test
    void requestWithoutAnIdGetsOneThatTheServiceBehindSeesToo() {
        Answer answer = api.get("/v1/orders/ord_1", token());

        assertThat(answer.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(ORDERS.only().header("X-Request-Id")).isEqualTo(answer.header("X-Request-Id"));
    }

    @Test
    void malformedRequestIdIsReplaced() {
        Answer answer = api.get("/v1/orders/ord_1", token(), "X-Request-Id", "two words" + "x".repeat(200));

        assertThat(answer.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(ORDERS.only().header("X-Request-Id")).isEqualTo(answer.header("X-Request-Id"));
    }

    @Test
    void failureOfTheServiceBehindIsABadGatewayWithoutItsBody() {
        PAYMENTS.answer(500, "java.lang.IllegalStateException at db.internal:5432", "Content-Type", "text/plain");

        Answer answer = api.post("/v1/payments", token(), APPROVE);

        assertProblem(answer, 502, "bad-gateway");
        assertThat(answer.body()).doesNotContain("IllegalStateException", "db.internal", "5432");
        assertThat(answer.json().get("detail").stringValue()).contains("same Idempotency-Key");
    }

    @Test
    void serviceBehindThatIsUnavailableIsUnavailableWithItsRetryAfter() {
        WALLET.answer(
                503, "{\"detail\":\"vault at 10.0.0.9 down\"}", "Content-Type", "application/json", "Retry-After", "7");

        Answer answer = api.get("/v1/wallet/payment-methods", token());

        assertProblem(answer, 503, "service-unavailable");
        assertThat(answer.header("Retry-After")).isEqualTo("7");
        assertThat(answer.body()).doesNotContain("10.0.0.9");
    }
}
