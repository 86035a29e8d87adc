package io.paystream.facade.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemType;
import io.paystream.facade.Api.Answer;
import io.paystream.facade.FacadeTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What client developers and operators reach without a token: the API description, Swagger UI, health, metrics. */
class OperabilityTests extends FacadeTestBase {

    /** Every operation of ARCHITECTURE §3 and the one scope it needs. */
    static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("post /v1/orders", Scopes.ORDERS_WRITE),
            Map.entry("get /v1/orders/{orderId}", Scopes.ORDERS_READ),
            Map.entry("get /v1/wallet/payment-methods", Scopes.WALLET_READ),
            Map.entry("post /v1/wallet/payment-methods", Scopes.WALLET_WRITE),
            Map.entry("get /v1/wallet/payment-methods/{id}", Scopes.WALLET_READ),
            Map.entry("patch /v1/wallet/payment-methods/{id}", Scopes.WALLET_WRITE),
            Map.entry("delete /v1/wallet/payment-methods/{id}", Scopes.WALLET_WRITE),
            Map.entry("post /v1/payments", Scopes.PAYMENTS_WRITE),
            Map.entry("post /v1/payments/{paymentId}/deposits", Scopes.PAYMENTS_WRITE),
            Map.entry("post /v1/payments/{paymentId}/reversals", Scopes.PAYMENTS_WRITE),
            Map.entry("post /v1/payments/{paymentId}/refunds", Scopes.PAYMENTS_WRITE),
            Map.entry("get /v1/payments/{paymentId}", Scopes.PAYMENTS_READ),
            Map.entry("get /v1/payments/{paymentId}/audit", Scopes.PAYMENTS_READ),
            Map.entry("get /v1/payments", Scopes.PAYMENTS_READ),
            Map.entry("get /v1/orders", Scopes.ORDERS_READ),
            Map.entry("post /v1/webhook-endpoints", Scopes.WEBHOOKS_MANAGE),
            Map.entry("get /v1/webhook-endpoints", Scopes.WEBHOOKS_MANAGE),
            Map.entry("get /v1/webhook-endpoints/{id}", Scopes.WEBHOOKS_MANAGE),
            Map.entry("patch /v1/webhook-endpoints/{id}", Scopes.WEBHOOKS_MANAGE),
            Map.entry("delete /v1/webhook-endpoints/{id}", Scopes.WEBHOOKS_MANAGE),
            Map.entry("post /v1/webhook-endpoints/{id}/rotate-secret", Scopes.WEBHOOKS_MANAGE),
            Map.entry("get /v1/webhook-endpoints/{id}/deliveries", Scopes.WEBHOOKS_MANAGE),
            Map.entry("post /v1/webhook-endpoints/{id}/recover", Scopes.WEBHOOKS_MANAGE),
            Map.entry("post /v1/webhook-deliveries/{id}/resend", Scopes.WEBHOOKS_MANAGE));

    @Test
    void openApiDescribesEveryOperationWithItsScopeAndNothingElse() {
        JsonNode doc = apiDocs();

        List<String> described = new ArrayList<>();
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (operation.getValue().has("responses")) {
                        described.add(operation.getKey() + " " + path.getKey());
                        assertThat(operation
                                        .getValue()
                                        .at("/security/0/paystream-oauth")
                                        .valueStream()
                                        .map(JsonNode::stringValue))
                                .as(operation.getKey() + " " + path.getKey())
                                .containsExactly(OPERATIONS.get(operation.getKey() + " " + path.getKey()));
                    }
                }));
        assertThat(described).containsExactlyInAnyOrderElementsOf(OPERATIONS.keySet());
    }

    @Test
    void openApiDescribesTheListParametersOfBothLists() {
        JsonNode doc = apiDocs();

        for (String list : List.of("/v1/payments", "/v1/orders")) {
            assertThat(doc.at("/paths/" + list.replace("/", "~1") + "/get/parameters")
                            .valueStream()
                            .filter(parameter -> parameter.path("in").asString().equals("query"))
                            .map(parameter -> parameter.path("name").asString()))
                    .as(list)
                    .contains("status", "customerId", "createdFrom", "createdTo", "limit", "startingAfter");
        }
    }

    @Test
    void openApiNamesTheOAuthScopesAndEveryProblemType() {
        JsonNode doc = apiDocs();

        assertThat(doc.at("/components/securitySchemes/paystream-oauth/flows/authorizationCode/scopes")
                        .propertyNames())
                .containsExactlyInAnyOrderElementsOf(Scopes.ALL.keySet());
        String description = doc.at("/info/description").stringValue();
        for (ProblemType type : EdgeProblem.all()) {
            assertThat(description).contains(type.uri().toString());
        }
        JsonNode approve = doc.at("/paths/~1v1~1payments/post");
        assertThat(approve.get("responses").propertyNames())
                .contains("200", "202", "400", "401", "403", "409", "413", "415", "422", "429", "502", "503");
        assertThat(approve.get("parameters")
                        .valueStream()
                        .map(parameter -> parameter.get("name").stringValue()))
                .contains("Idempotency-Key", "Prefer", "X-Request-Id");
    }

    @Test
    void everyRequestBodyHasASchemaAndAnExample() {
        JsonNode doc = apiDocs();

        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode body = operation.getValue().at("/requestBody/content/application~1json");
                    if (!body.isMissingNode()) {
                        assertThat(body.at("/schema/$ref").stringValue())
                                .as(path.getKey())
                                .startsWith("#/components/schemas/");
                        assertThat(body.get("examples").size())
                                .as(path.getKey())
                                .isPositive();
                    }
                }));
        assertThat(doc.at("/components/schemas/ApprovePaymentRequest/properties")
                        .propertyNames())
                .containsExactlyInAnyOrder("orderId", "amount", "currency", "paymentMethodId", "paymentMethodNonce");
    }

    @Test
    void everyAnswerIsDescribedAsJsonOrAProblemNeverAsBytes() {
        JsonNode doc = apiDocs();

        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operation
                                .getValue()
                                .get("responses")
                                .properties()
                                .forEach(response -> {
                                    String where = operation.getKey() + " " + path.getKey() + " " + response.getKey();
                                    JsonNode content = response.getValue().path("content");
                                    if (response.getKey().equals("204")) {
                                        assertThat(content.isMissingNode())
                                                .as(where)
                                                .isTrue();
                                    } else {
                                        assertThat(content.propertyNames())
                                                .as(where)
                                                .containsExactly(
                                                        response.getKey().startsWith("2")
                                                                ? "application/json"
                                                                : "application/problem+json");
                                    }
                                })));
    }

    @Test
    void swaggerUiIsServed() {
        Answer answer = api.get("/swagger-ui.html", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("swagger-ui");
    }

    @Test
    void actuatorBeyondHealthAndPrometheusIsClosedEvenToCustomers() {
        assertProblem(api.get("/actuator/metrics", token()), 403, "insufficient-scope");
        assertProblem(api.get("/actuator/env", token()), 403, "insufficient-scope");
    }

    @Test
    void healthIsUp() {
        Answer answer = api.get("/actuator/health/readiness", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").stringValue()).isEqualTo("UP");
    }

    @Test
    void prometheusCountsForwardedRequestsByService() {
        api.get("/v1/orders/ord_1", token());

        Answer answer = api.get("/actuator/prometheus", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("paystream_facade_downstream_requests_seconds_count{outcome=\"2xx\",service=\"orders\"}")
                .contains("paystream_facade_rate_limited_total");
    }

    @Test
    void requestsAreTimedWithoutSpringSecuritysOwnObservations() {
        api.get("/v1/orders/ord_1", token());

        Answer answer = api.get("/actuator/prometheus", null);

        assertThat(answer.body()).contains("http_server_requests_seconds_count").doesNotContain("spring_security_");
    }

    private JsonNode apiDocs() {
        Answer answer = api.get("/v3/api-docs", null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }
}
