package io.paystream.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.orders.Api.Answer;
import io.paystream.orders.OrderServiceTestBase;
import io.paystream.testsupport.fuzz.MalformedRequests;
import io.paystream.testsupport.fuzz.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What operators and client developers reach without a token: the API description, health and metrics. */
class OperabilityTests extends OrderServiceTestBase {

    @Test
    void openApiDescribesTheOperationsWithTheirScopesAndProblems() {
        Answer answer = api.get(null, "/v3/api-docs");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode paths = answer.json().get("paths");
        assertThat(paths.get("/v1/orders").get("post").get("responses").propertyNames())
                .contains("201", "400", "401", "403", "422");
        assertThat(paths.get("/v1/orders/{orderId}").get("get").get("responses").propertyNames())
                .contains("200", "401", "403", "404");
        // The caller comes from the token, never from the request.
        assertThat(paths.get("/v1/orders/{orderId}")
                        .get("get")
                        .get("parameters")
                        .valueStream()
                        .map(parameter -> parameter.get("name").stringValue()))
                .containsExactly("orderId");
        assertThat(paths.get("/v1/orders")
                        .get("get")
                        .path("parameters")
                        .valueStream()
                        .map(parameter -> parameter.get("name").stringValue()))
                .doesNotContain("caller", "request");
        assertThat(answer.json()
                        .at("/components/schemas/PlaceOrderRequest/properties")
                        .propertyNames())
                .containsExactlyInAnyOrder("amount", "currency", "reference", "items");
        assertThat(answer.json()
                        .at("/components/securitySchemes/paystream-oauth/flows/password/scopes")
                        .propertyNames())
                .containsExactlyInAnyOrder("orders:read", "orders:write");
    }

    @Test
    void healthIsUp() {
        Answer answer = api.get(null, "/actuator/health/readiness");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").stringValue()).isEqualTo("UP");
    }

    @Test
    void prometheusExposesTheLifecycleMetrics() {
        Answer answer = api.get(null, "/actuator/prometheus");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.response().body())
                .contains("paystream_orders_parked", "kafka_consumer_fetch_manager_records_lag_max");
    }

    @Test
    void unknownPathIsAProblemToo() {
        Answer answer = api.get(idp.token("anyone", "orders:read"), "/v1/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("type").stringValue()).isEqualTo("https://paystream.dev/problems/not-found");
    }

    @Test
    void aTraceWithAnAcceptNoOneCanReadIsAProblemToo() {
        for (String path : List.of("/v1/orders", "/v1/orders/ord_1")) {
            for (String accept : List.of("garbage", "text/html")) {
                RawHttp.Answer answer = RawHttp.send(
                        port,
                        new MalformedRequests.Request(
                                "TRACE",
                                path,
                                Map.of(
                                        "Accept",
                                        accept,
                                        "Content-Type",
                                        "application/json",
                                        "Authorization",
                                        "Bearer " + idp.token("anyone", "orders:read")),
                                "{}".getBytes(StandardCharsets.UTF_8)));

                assertThat(answer.status()).as(path + " " + accept).isBetween(400, 499);
                assertThat(answer.header("Content-Type"))
                        .as(path + " " + accept + ": " + answer.text())
                        .startsWith("application/problem+json");
            }
        }
    }
}
