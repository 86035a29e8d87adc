package io.paystream.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.orders.Api.Answer;
import io.paystream.orders.OrderServiceTestBase;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Lists of orders (ARCHITECTURE §11), and a merchant's API key as the facade passes it on: its own token with
 * {@code api-keys:act} and the key in headers. Each test is a new merchant, so its lists hold only what it made.
 */
class OrderListTests extends OrderServiceTestBase {

    private final String merchant =
            "mer_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void aKeyPagesThroughAllOfItsMerchantsOrdersNewestFirst() {
        List<String> placed = new ArrayList<>();
        for (String shopper : List.of("alice", "bob", "carol")) {
            placed.add(place(shopper, 1000));
            placed.add(place(shopper, 2000));
        }

        JsonNode first = asKey("/v1/orders?limit=4").json();
        JsonNode second = asKey("/v1/orders?limit=4&startingAfter="
                        + first.path("data").path(3).path("orderId").asString())
                .json();

        assertThat(first.path("hasMore").asBoolean()).isTrue();
        assertThat(second.path("hasMore").asBoolean()).isFalse();
        List<String> listed = new ArrayList<>(ids(first));
        listed.addAll(ids(second));
        assertThat(listed).containsExactlyElementsOf(placed.reversed());
        assertThat(ids(asKey("/v1/orders?customerId=bob").json())).containsExactly(placed.get(3), placed.get(2));
        assertThat(ids(asKey("/v1/orders?status=CREATED&limit=100").json())).hasSize(6);
        assertThat(ids(asKey("/v1/orders?status=PAID").json())).isEmpty();
        assertThat(asKey("/v1/orders/" + placed.get(0)).json().path("history").isArray())
                .isTrue();
    }

    @Test
    void aShopperListsOnlyTheirOwnAndAnotherMerchantsKeySeesNothing() {
        String alices = place("alice", 1000);
        place("bob", 1000);

        assertThat(ids(asShopper("alice", "/v1/orders").json())).containsExactly(alices);
        assertThat(ids(asShopper("alice", "/v1/orders?customerId=bob").json())).isEmpty();

        Answer foreign = api.send(api.request("/v1/orders/" + alices, facadeToken())
                .headers(keyHeaders("mer_other_merchant", "orders:read"))
                .GET());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(ids(api.send(api.request("/v1/orders", facadeToken())
                                .headers(keyHeaders("mer_other_merchant", "orders:read"))
                                .GET())
                        .json()))
                .isEmpty();
    }

    @Test
    void aKeyCannotPlaceAnOrderAndBadListParametersAreEachNamed() {
        Answer placing = api.send(api.request("/v1/orders", facadeToken())
                .headers(keyHeaders(merchant, "orders:read", "payments:write"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "k1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"amount\": 100, \"currency\": \"USD\"}")));
        assertThat(placing.status()).isEqualTo(403);

        Answer bad = asKey("/v1/orders?status=SHIPPED&createdFrom=yesterday&size=5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json()
                        .path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("status", "createdFrom", "size");
    }

    private String place(String shopper, long amount) {
        Answer placed = api.post(
                idp.token(TokenSpec.of(shopper, "orders:write").withClaim("merchant_id", merchant)),
                UUID.randomUUID().toString(),
                "{\"amount\": " + amount + ", \"currency\": \"USD\"}");
        assertThat(placed.status()).as(placed.response().body()).isEqualTo(201);
        return placed.json().path("orderId").asString();
    }

    private Answer asShopper(String shopper, String path) {
        return api.get(idp.token(TokenSpec.of(shopper, "orders:read").withClaim("merchant_id", merchant)), path);
    }

    private Answer asKey(String path) {
        return api.send(api.request(path, facadeToken())
                .headers(keyHeaders(merchant, "orders:read"))
                .GET());
    }

    private String facadeToken() {
        return idp.token(TokenSpec.of("payments-facade", "api-keys:act"));
    }

    private static String[] keyHeaders(String merchantId, String... scopes) {
        return new String[] {
            "Paystream-Api-Key-Id",
            "key_orders1",
            "Paystream-Api-Key-Merchant",
            merchantId,
            "Paystream-Api-Key-Scopes",
            String.join(" ", scopes)
        };
    }

    private static List<String> ids(JsonNode page) {
        return page.path("data")
                .valueStream()
                .map(order -> order.path("orderId").asString())
                .toList();
    }
}
