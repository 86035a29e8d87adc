package io.paystream.facade.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.facade.Api.Answer;
import io.paystream.facade.FacadeTestBase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bad request is answered 400 naming each bad field (or another 4xx), and nothing reaches a service behind. */
class RequestValidationTests extends FacadeTestBase {

    static final String APPROVE = """
            {"orderId": "ord_1", "amount": 100, "currency": "USD", "paymentMethodId": "pm_1"}""";

    /** A POST body and the fields the 400 must list, exactly. */
    record Invalid(String path, String body, List<String> fields) {

        @Override
        public String toString() {
            return path + " " + body;
        }
    }

    static Stream<Invalid> invalidBodies() {
        return Stream.of(
                new Invalid(
                        "/v1/payments",
                        "{}",
                        List.of("orderId", "amount", "currency", "paymentMethodId", "paymentMethodNonce")),
                new Invalid("/v1/payments", APPROVE.replace("100", "0"), List.of("amount")),
                new Invalid("/v1/payments", APPROVE.replace("100", "-5"), List.of("amount")),
                new Invalid("/v1/payments", APPROVE.replace("100", "\"100\""), List.of("amount")),
                new Invalid("/v1/payments", APPROVE.replace("100", "10.5"), List.of("amount")),
                new Invalid("/v1/payments", APPROVE.replace("100", "99999999999999999999"), List.of("amount")),
                new Invalid("/v1/payments", APPROVE.replace("USD", "XYZ"), List.of("currency")),
                new Invalid("/v1/payments", APPROVE.replace("USD", "usd"), List.of("currency")),
                new Invalid("/v1/payments", APPROVE.replace("USD", "XXX"), List.of("currency")),
                new Invalid("/v1/payments", APPROVE.replace("\"orderId\": \"ord_1\",", ""), List.of("orderId")),
                new Invalid("/v1/payments", APPROVE.replace("\"ord_1\"", "\" \""), List.of("orderId")),
                new Invalid("/v1/payments", APPROVE.replace("ord_1", "o".repeat(65)), List.of("orderId")),
                new Invalid(
                        "/v1/payments",
                        APPROVE.replace("}", ", \"paymentMethodNonce\": \"fake-valid-visa-nonce\"}"),
                        List.of("paymentMethodId", "paymentMethodNonce")),
                new Invalid(
                        "/v1/payments",
                        APPROVE.replace(", \"paymentMethodId\": \"pm_1\"", ""),
                        List.of("paymentMethodId", "paymentMethodNonce")),
                new Invalid("/v1/payments", APPROVE.replace("\"amount\"", "\"ammount\""), List.of("ammount", "amount")),
                new Invalid("/v1/payments", "[]", List.of("")),
                new Invalid("/v1/payments/pay_1/deposits", "{\"amount\": 0}", List.of("amount")),
                new Invalid("/v1/payments/pay_1/deposits", "{\"amount\": \"all\"}", List.of("amount")),
                new Invalid(
                        "/v1/payments/pay_1/deposits", "{\"amount\": 5, \"currency\": \"USD\"}", List.of("currency")),
                new Invalid("/v1/payments/pay_1/refunds", "{\"amount\": -1}", List.of("amount")),
                new Invalid("/v1/payments/pay_1/reversals", "{\"amount\": 5}", List.of("amount")),
                new Invalid(
                        "/v1/orders",
                        "{\"amount\": 0, \"currency\": \"EUR1\", \"reference\": \"\", \"items\": [{\"quantity\": 0}, 7]}",
                        List.of(
                                "amount",
                                "currency",
                                "reference",
                                "items[0].name",
                                "items[0].quantity",
                                "items[0].unitAmount",
                                "items[1]")),
                new Invalid(
                        "/v1/orders",
                        "{\"amount\": 5, \"currency\": \"USD\", \"reference\": \"" + "r".repeat(129) + "\"}",
                        List.of("reference")),
                new Invalid("/v1/orders", "{\"amount\": 5, \"currency\": \"USD\", \"items\": {}}", List.of("items")),
                new Invalid(
                        "/v1/wallet/payment-methods",
                        "{\"type\": \"CASH\", \"nonce\": \" \"}",
                        List.of("type", "nonce")),
                new Invalid(
                        "/v1/wallet/payment-methods",
                        "{\"type\": \"CARD\", \"nonce\": \"n\", \"makeDefault\": \"yes\", \"nickname\": \""
                                + "n".repeat(51)
                                + "\", \"billingAddress\": {\"countryCode\": \"usa\", \"street\": \"x\"}}",
                        List.of(
                                "makeDefault",
                                "nickname",
                                "billingAddress.street",
                                "billingAddress.line1",
                                "billingAddress.city",
                                "billingAddress.postalCode",
                                "billingAddress.countryCode")),
                new Invalid("/v1/wallet/payment-methods", "{\"nonce\": \"fake-valid-visa-nonce\"}", List.of("type")));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void invalidBodyIsRefusedNamingEveryBadField(Invalid invalid) {
        Answer answer = api.post(invalid.path(), token(), invalid.body());

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.errorFields()).containsExactlyInAnyOrderElementsOf(invalid.fields());
        assertNothingForwarded();
    }

    @Test
    void invalidPatchOfAPaymentMethodIsRefused() {
        Answer answer = api.send(
                "PATCH",
                "/v1/wallet/payment-methods/pm_1",
                token(),
                "{\"nickname\": 5, \"type\": \"CARD\"}",
                "Content-Type",
                "application/json");

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("nickname", "type");
        assertNothingForwarded();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/orders",
                "/v1/wallet/payment-methods",
                "/v1/payments",
                "/v1/payments/pay_1/deposits",
                "/v1/payments/pay_1/reversals",
                "/v1/payments/pay_1/refunds"
            })
    void everyPostWithoutAnIdempotencyKeyIsRefused(String path) {
        Answer answer = api.send("POST", path, token(), "{}", "Content-Type", "application/json");

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.errorFields()).contains("Idempotency-Key");
        assertNothingForwarded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with\ttab"})
    void idempotencyKeyThatIsNotPrintableAsciiIsRefused(String key) {
        Answer answer = api.send(
                "POST", "/v1/payments", token(), APPROVE, "Content-Type", "application/json", "Idempotency-Key", key);

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.errorFields()).containsExactly("Idempotency-Key");
        assertNothingForwarded();
    }

    @Test
    void idempotencyKeyWithLettersBeyondAsciiIsRefused() {
        // The JDK's client turns such letters into '?', so this request is written byte by byte.
        String body = APPROVE;
        String answer = api.raw("POST /v1/payments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: caf\u00e9-1\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"field\":\"Idempotency-Key\"");
        assertNothingForwarded();
    }

    @Test
    void idempotencyKeyOver255CharactersIsRefused() {
        Answer answer = api.send(
                "POST",
                "/v1/payments/pay_1/refunds",
                token(),
                "{}",
                "Content-Type",
                "application/json",
                "Idempotency-Key",
                "k".repeat(256));

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.errorFields()).containsExactly("Idempotency-Key");
        assertNothingForwarded();
    }

    @Test
    void allProblemsOfOneRequestComeInOneAnswer() {
        Answer answer = api.send(
                "POST",
                "/v1/payments",
                token(),
                "{\"amount\": 0}",
                "Content-Type",
                "application/json",
                "Prefer",
                "wait=60");

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.errorFields())
                .containsExactlyInAnyOrder(
                        "Idempotency-Key",
                        "Prefer",
                        "orderId",
                        "amount",
                        "currency",
                        "paymentMethodId",
                        "paymentMethodNonce");
        assertThat(answer.json().get("detail").stringValue()).isEqualTo("7 fields are invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wait=11", "wait=abc", "wait=", "wait", "wait=-1", "wait=1.5", "wait=5, wait=6", "wait 5"})
    void preferWaitAboveTenSecondsOrMalformedIsRefused(String prefer) {
        Answer answer = api.post("/v1/payments", token(), APPROVE, "Prefer", prefer);

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.errorFields()).containsExactly("Prefer");
        assertNothingForwarded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"amount\": ", "not json", "{\"amount\": 1, \"amount\": 2}", "{} {}", ""})
    void bodyThatIsNotOneWellFormedJsonValueIsRefused(String body) {
        Answer answer = api.post("/v1/payments/pay_1/deposits", token(), body);

        assertProblem(answer, 400, "malformed-json");
        assertNothingForwarded();
    }

    @Test
    void bodyOver32KibIsRefused() {
        String body = "{\"reference\": \"" + "x".repeat(32 * 1024) + "\"}";

        Answer answer = api.post("/v1/orders", token(), body);

        assertProblem(answer, 413, "request-too-large");
        assertNothingForwarded();
    }

    @Test
    void cardNumberInTheBodyIsRefused() {
        String body = "{\"type\": \"CARD\", \"nonce\": \"n\", \"nickname\": \"4111 1111 1111 1111\"}";

        Answer answer = api.post("/v1/wallet/payment-methods", token(), body);

        assertProblem(answer, 400, "card-number-not-accepted");
        assertThat(answer.body()).doesNotContain("4111");
        assertNothingForwarded();
    }

    @Test
    void cardNumberInTheQueryIsRefused() {
        Answer answer = api.get("/v1/payments?orderId=4111+1111+1111+1111", token());

        assertProblem(answer, 400, "card-number-not-accepted");
        assertNothingForwarded();
    }

    @Test
    void multipartBodyIsUnsupportedNotAServerError() {
        Answer answer = api.send(
                "POST",
                "/v1/payments",
                token(),
                "--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--zz--\r\n",
                "Content-Type",
                "multipart/form-data; boundary=zz",
                "Idempotency-Key",
                "k");

        assertProblem(answer, 415, "unsupported-media-type");
        assertNothingForwarded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%C3%28", "ord_%0A"})
    void queryThatCannotBeReadIsABadRequest(String orderId) {
        Answer answer = api.get("/v1/payments?orderId=" + orderId, token());

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.errorFields()).containsExactly("query");
        assertNothingForwarded();
    }

    @Test
    void textWithANulCharacterIsABadRequest() {
        Answer answer = api.send(
                "PATCH",
                "/v1/wallet/payment-methods/pm_1",
                token(),
                "{\"nickname\":\"\\u0000x\"}",
                "Content-Type",
                "application/json");

        assertProblem(answer, 400, "invalid-request");
        assertNothingForwarded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "json", "application/json; charset=\""})
    void contentTypeThatIsNotOneMediaTypeIsUnsupported(String contentType) {
        Answer answer = api.send(
                "POST", "/v1/orders", token(), "{\"amount\":1,\"currency\":\"USD\"}", "Content-Type", contentType);

        assertProblem(answer, 415, "unsupported-media-type");
        assertNothingForwarded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "image/png", "application/json;q=0"})
    void acceptThatTakesNoJsonIsNotAcceptableBeforeAnythingHappens(String accept) {
        Answer answer = api.send(
                "POST",
                "/v1/orders",
                token(),
                "{\"amount\":1,\"currency\":\"USD\"}",
                "Content-Type",
                "application/json",
                "Accept",
                accept,
                "Idempotency-Key",
                "k");

        assertProblem(answer, 406, "not-acceptable");
        assertNothingForwarded();
    }

    @Test
    void bodyThatIsNotJsonIsUnsupported() {
        Answer answer = api.send(
                "POST", "/v1/payments", token(), APPROVE, "Content-Type", "text/plain", "Idempotency-Key", "k");

        assertProblem(answer, 415, "unsupported-media-type");
        assertNothingForwarded();
    }

    @Test
    void anOrdersPaymentsAreListedByItsIdAlone() {
        Answer answer = api.get("/v1/payments?orderId=ord_1&limit=5", token());

        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.errorFields()).containsExactly("orderId");
        assertNothingForwarded();
    }

    @Test
    void everyBadListParameterIsNamedAndNothingForwarded() {
        for (String list : List.of("/v1/payments", "/v1/orders")) {
            Answer answer = api.get(list + "?limit=101&startingAfter=a%20b&status=paid&sort=amount", token());

            assertProblem(answer, 400, "invalid-request");
            assertThat(answer.errorFields())
                    .as(list)
                    .containsExactlyInAnyOrder("limit", "startingAfter", "status", "sort");
        }
        assertNothingForwarded();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/payments/pay.1",
                "/v1/wallet/payment-methods/pm~1",
                "/v1/orders/ooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo",
                "/v1/nothing"
            })
    void pathThatCannotNameAResourceIsNotFound(String path) {
        Answer answer = api.get(path, token());

        assertProblem(answer, 404, "not-found");
        assertNothingForwarded();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/orders/ord%2F..%2F..%2Finternal", "/v1/payments/pay_1;x=1"})
    void pathTheServerRefusesIsABadRequestThatTellsNothing(String path) {
        Answer answer = api.get(path, token());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception", "at ");
        assertNothingForwarded();
    }

    @Test
    void methodTheApiDoesNotHaveIsNotAllowed() {
        Answer answer = api.send("PUT", "/v1/payments/pay_1", token(), "{}", "Content-Type", "application/json");

        assertProblem(answer, 405, "method-not-allowed");
        assertNothingForwarded();
    }
}
