package io.paystream.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.orders.Api.Answer;
import io.paystream.orders.OrderServiceTestBase;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Placing and reading orders over HTTP: the caller's own orders only, idempotent placement. */
class OrderApiTests extends OrderServiceTestBase {

    final String customer = "customer-" + UUID.randomUUID();

    @Test
    void placedOrderIsCreatedWithAnOrdPrefixedId() {
        Answer answer = api.post(idp.token(customer, "orders:write"), "key-1", """
                {"amount": 1050, "currency": "USD", "reference": "cart-42",
                 "items": [{"sku": "TEA-1", "name": "Green tea", "quantity": 2, "unitAmount": 525}]}""");

        assertThat(answer.status()).isEqualTo(201);
        JsonNode order = answer.json();
        assertThat(order.get("orderId").stringValue()).matches("ord_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(answer.header("Location"))
                .isEqualTo("/v1/orders/" + order.get("orderId").stringValue());
        assertThat(answer.header("Idempotent-Replayed")).isNull();
        assertThat(order.get("status").stringValue()).isEqualTo("CREATED");
        assertThat(order.get("amount").longValue()).isEqualTo(1050);
        assertThat(order.get("currency").stringValue()).isEqualTo("USD");
        assertThat(order.get("paidAmount").longValue()).isZero();
        assertThat(order.get("refundedAmount").longValue()).isZero();
        assertThat(order.get("reference").stringValue()).isEqualTo("cart-42");
        assertThat(order.get("items").get(0).get("name").stringValue()).isEqualTo("Green tea");
        assertThat(order.get("history")).isEmpty();
        assertThat(order.get("anomalies")).isEmpty();
    }

    @Test
    void ownerReadsTheOrder() {
        String orderId = api.placeOrder(customer, 2500, "EUR");

        JsonNode order = api.order(customer, orderId);

        assertThat(order.get("orderId").stringValue()).isEqualTo(orderId);
        assertThat(order.get("status").stringValue()).isEqualTo("CREATED");
        assertThat(order.get("amount").longValue()).isEqualTo(2500);
        assertThat(order.get("currency").stringValue()).isEqualTo("EUR");
    }

    @Test
    void anotherCustomersOrderIsNotFound() {
        String orderId = api.placeOrder(customer, 2500, "EUR");

        Answer answer = api.get(idp.token("someone-else", "orders:read"), "/v1/orders/" + orderId);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("type").stringValue()).isEqualTo("https://paystream.dev/problems/order-not-found");
    }

    @Test
    void theSameSubAtAnotherMerchantIsAnotherCustomer() {
        String orderId = api.placeOrder(customer, 2500, "EUR");
        String atAcme =
                idp.token(TokenSpec.of(customer, "orders:read", "orders:write").withClaim("merchant_id", "mer_acme"));

        assertThat(api.get(atAcme, "/v1/orders/" + orderId).status()).isEqualTo(404);
        // Its Idempotency-Keys are its own: the key mer_demo's customer used makes a new order here.
        Answer placed = api.post(atAcme, "key-shared", "{\"amount\": 700, \"currency\": \"USD\"}");
        Answer demo =
                api.post(idp.token(customer, "orders:write"), "key-shared", "{\"amount\": 700, \"currency\": \"USD\"}");
        assertThat(placed.status()).isEqualTo(201);
        assertThat(demo.status()).isEqualTo(201);
        assertThat(placed.json().get("orderId").stringValue())
                .isNotEqualTo(demo.json().get("orderId").stringValue());
        assertThat(api.get(atAcme, "/v1/orders/" + placed.json().get("orderId").stringValue())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void unknownOrderIsNotFound() {
        Answer answer = api.get(idp.token(customer, "orders:read"), "/v1/orders/ord_nothing");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("type").stringValue()).isEqualTo("https://paystream.dev/problems/order-not-found");
    }

    @Test
    void replayWithTheSameKeyAndBodyReturnsTheSameOrder() {
        String token = idp.token(customer, "orders:write");
        Answer first = api.post(token, "checkout-7", "{\"amount\": 900, \"currency\": \"GBP\"}");
        Answer again = api.post(token, "checkout-7", "{ \"currency\": \"GBP\",  \"amount\": 900 }");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String token = idp.token(customer, "orders:write");
        api.post(token, "checkout-8", "{\"amount\": 900, \"currency\": \"GBP\"}");

        Answer answer = api.post(token, "checkout-8", "{\"amount\": 901, \"currency\": \"GBP\"}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("type").stringValue())
                .isEqualTo("https://paystream.dev/problems/idempotency-key-reused");
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCaller() {
        String body = "{\"amount\": 900, \"currency\": \"GBP\"}";
        String other = "other-" + UUID.randomUUID();
        Answer mine = api.post(idp.token(customer, "orders:write"), "shared-key", body);
        Answer theirs = api.post(idp.token(other, "orders:write"), "shared-key", body);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(theirs.json().get("orderId")).isNotEqualTo(mine.json().get("orderId"));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneOrder() throws Exception {
        String token = idp.token(customer, "orders:write");
        Callable<Answer> place = () -> api.post(token, "double-click", "{\"amount\": 4200, \"currency\": \"USD\"}");

        List<Answer> answers;
        try (var threads = Executors.newFixedThreadPool(6)) {
            List<Future<Answer>> futures =
                    IntStream.range(0, 6).mapToObj(i -> threads.submit(place)).toList();
            answers = futures.stream().map(OrderApiTests::join).toList();
        }

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers)
                .extracting(answer -> answer.json().get("orderId").stringValue())
                .containsOnly(answers.getFirst().json().get("orderId").stringValue());
        assertThat(answers)
                .filteredOn(answer -> answer.header("Idempotent-Replayed") == null)
                .hasSize(1);
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    private long ordersOf(String customerId) {
        return rows("SELECT count(*) FROM orders WHERE customer_id = :p", customerId);
    }

    private static Answer join(Future<Answer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
