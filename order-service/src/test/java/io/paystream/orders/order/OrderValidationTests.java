package io.paystream.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.orders.Api.Answer;
import io.paystream.orders.OrderServiceTestBase;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Every bad request is a 400 problem+json naming every bad field, and leaves nothing behind. */
class OrderValidationTests extends OrderServiceTestBase {

    static final String INVALID = "https://paystream.dev/problems/invalid-request";
    static final String LONG_REFERENCE = "r".repeat(129);

    final String customer = "customer-" + UUID.randomUUID();

    @AfterEach
    void nothingWasStored() {
        assertThat(rows("SELECT count(*) FROM orders WHERE customer_id = :p", customer))
                .isZero();
        assertThat(rows("SELECT count(*) FROM idempotency_key WHERE customer_id = :p", customer))
                .isZero();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                                  | amount currency
            {"currency": "USD"}                                 | amount
            {"amount": 0, "currency": "USD"}                    | amount
            {"amount": -5, "currency": "USD"}                   | amount
            {"amount": "100", "currency": "USD"}                | amount
            {"amount": 10.5, "currency": "USD"}                 | amount
            {"amount": 99999999999999999999, "currency": "USD"} | amount
            {"amount": 100}                                     | currency
            {"amount": 100, "currency": "ZZZ"}                  | currency
            {"amount": 100, "currency": "usd"}                  | currency
            {"amount": 100, "currency": "XAU"}                  | currency
            {"amount": 100, "currency": 840}                    | currency
            {"amount": 100, "currency": "USD", "reference": ""} | reference
            {"amount": 100, "currency": "USD", "items": {}}     | items
            {"amount": 100, "currency": "USD", "colour": "red"} | colour
            [1, 2]                                              | ''
            """)
    void badFieldIsNamed(String body, String fields) {
        assertInvalid(post(body, "key"), fields.isEmpty() ? new String[] {""} : fields.split(" "));
    }

    @Test
    void tooLongReferenceIsNamed() {
        assertInvalid(
                post("{\"amount\": 100, \"currency\": \"USD\", \"reference\": \"" + LONG_REFERENCE + "\"}", "k"),
                "reference");
    }

    @Test
    void everyBadFieldIsListedAtOnce() {
        Answer answer = post("""
                {"amount": 0, "currency": "XYZ", "reference": "%s",
                 "items": [{"name": "", "quantity": 0, "unitAmount": -1, "size": "XL"}]}""".formatted(LONG_REFERENCE), null);

        assertInvalid(
                answer,
                "Idempotency-Key",
                "amount",
                "currency",
                "reference",
                "items[0].size",
                "items[0].name",
                "items[0].quantity",
                "items[0].unitAmount");
        assertThat(answer.json().get("detail").stringValue()).isEqualTo("8 fields are invalid");
    }

    @Test
    void missingIdempotencyKeyIsNamed() {
        assertInvalid(post("{\"amount\": 100, \"currency\": \"USD\"}", null), "Idempotency-Key");
    }

    @ParameterizedTest(name = "key of {0} characters")
    @CsvSource({"256", "0"})
    void idempotencyKeyOutsideOneTo255CharactersIsNamed(int length) {
        assertInvalid(post("{\"amount\": 100, \"currency\": \"USD\"}", "k".repeat(length)), "Idempotency-Key");
    }

    @Test
    void idempotencyKeyWithAControlCharacterIsNamed() {
        assertInvalid(post("{\"amount\": 100, \"currency\": \"USD\"}", "tab\there"), "Idempotency-Key");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Answer answer = post("{\"amount\": 100, \"currency\": ", "key");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("type").stringValue()).isEqualTo("https://paystream.dev/problems/malformed-json");
    }

    @Test
    void missingBodyIsABadRequest() {
        Answer answer = post("", "key");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("type").stringValue()).isEqualTo("https://paystream.dev/problems/malformed-json");
    }

    @Test
    void bodyThatIsNotJsonIsUnsupported() {
        Answer answer = api.send(api.request("/v1/orders", idp.token(customer, "orders:write"))
                .header("Content-Type", "text/plain")
                .header("Idempotency-Key", "key")
                .POST(HttpRequest.BodyPublishers.ofString("amount=100")));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("type").stringValue())
                .isEqualTo("https://paystream.dev/problems/unsupported-media-type");
    }

    private Answer post(String body, String key) {
        return api.post(idp.token(customer, "orders:write"), key, body);
    }

    private static void assertInvalid(Answer answer, String... fields) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("type").stringValue()).isEqualTo(INVALID);
        assertThat(problem.get("status").intValue()).isEqualTo(400);
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(error -> error.get("field").stringValue()))
                .containsExactlyInAnyOrder(fields);
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(error -> error.get("message").stringValue()))
                .allSatisfy(message -> assertThat(message).isNotBlank());
    }
}
