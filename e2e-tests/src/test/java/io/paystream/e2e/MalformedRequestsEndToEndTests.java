package io.paystream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.testsupport.HttpCalls;
import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import io.paystream.testsupport.fuzz.MalformedRequests;
import io.paystream.testsupport.fuzz.MalformedRequests.Request;
import io.paystream.testsupport.fuzz.MalformedRequests.Route;
import io.paystream.testsupport.fuzz.RawHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of malformed requests, from a seed, to every public route of the facade and to each service directly:
 * none is answered with a 5xx other than 503, every refusal is problem+json, and a refusal of bad input (400, 401,
 * 403, 405, 406, 413, 415) writes no row in any database. {@code -Dpaystream.fuzz.seed=N} replays another seed.
 */
class MalformedRequestsEndToEndTests {

    private static final long SEED = Long.getLong("paystream.fuzz.seed", 20261203L);
    private static final int REQUESTS_PER_TARGET = Integer.getInteger("paystream.fuzz.requests", 600);
    private static final Set<Integer> BAD_INPUT = Set.of(400, 401, 403, 405, 406, 413, 415);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String OPERATOR = TestServers.oauth().token(TokenSpec.operator("ops", "paystream-admin"));
    private static final String MERCHANT = """
            {"id": "mer_fuzz", "name": "Fuzz", "braintree": {"merchantId": "m", "publicKey": "p", "privateKey": "k",
             "merchantAccounts": {"USD": "usd"}}}""";

    private static Api customer;
    private static String merchant;
    private static String order;
    private static String method;
    private static RowCounts rows;

    @BeforeAll
    static void aCustomerWithAnOrderAndAMethod() {
        customer = Api.newCustomer("fuzz");
        order = customer.post("/v1/orders", "{\"amount\":1000,\"currency\":\"USD\"}")
                .body()
                .path("orderId")
                .asString();
        method = customer.post("/v1/wallet/payment-methods", "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}")
                .body()
                .path("id")
                .asString();
        String created = HttpCalls.send(HttpRequest.newBuilder(
                                URI.create(Platform.get().baseUrl("merchant-service") + "/v1/admin/merchants"))
                        .header("Authorization", "Bearer " + OPERATOR)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "fuzz-merchant")
                        .POST(HttpRequest.BodyPublishers.ofString(MERCHANT)))
                .body();
        merchant = JSON.readTree(created).path("id").asString();
        rows = RowCounts.of("e2e_orchestrator", "e2e_wallet", "e2e_orders", "e2e_platform", "e2e_merchants");
    }

    @AfterAll
    static void close() {
        rows.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "payments-a-facade",
                "payments-b-orchestrator",
                "wallet-service",
                "order-service",
                "merchant-service"
            })
    void everyMalformedRequestIsAProblemOfTheClientAndChangesNothing(String service) {
        int port = URI.create(Platform.get().baseUrl(service)).getPort();
        MalformedRequests requests =
                new MalformedRequests(SEED + service.hashCode(), routes(service), tokenFor(service));
        List<String> failures = new ArrayList<>();
        for (Request request : requests.take(REQUESTS_PER_TARGET)) {
            Map<String, Long> before = rows.now();
            RawHttp.Answer answer = RawHttp.send(port, request);
            String wrong = wrongWith(request, answer);
            if (wrong == null && BAD_INPUT.contains(answer.status())) {
                Map<String, String> written = rows.grownSince(before);
                wrong = written.isEmpty() ? null : "wrote rows: " + written;
            }
            if (wrong != null) {
                failures.add(answer.status() + " " + wrong + " <- " + request.describe());
            }
        }
        assertThat(failures)
                .as("seed %d, %s: %d of %d wrong", SEED, service, failures.size(), REQUESTS_PER_TARGET)
                .isEmpty();
    }

    private static String wrongWith(Request request, RawHttp.Answer answer) {
        if (answer.status() >= 500 && answer.status() != 503) {
            return "a server error: " + abbreviate(answer.text());
        }
        if (answer.status() < 400 || request.method().equals("HEAD")) {
            return null;
        }
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "not problem+json (" + type + "): " + abbreviate(answer.text());
        }
        JsonNode problem = JSON.readTree(answer.body());
        if (problem.path("status").asInt() != answer.status() || !problem.hasNonNull("type")) {
            return "a problem without its type or status: " + abbreviate(answer.text());
        }
        return null;
    }

    private static List<Route> routes(String service) {
        String approve = "{\"orderId\":\"" + order + "\",\"amount\":1000,\"currency\":\"USD\","
                + "\"paymentMethodId\":\"pm_missing\"}";
        List<Route> payments = List.of(
                new Route("POST", "/v1/payments", approve),
                new Route("POST", "/v1/payments/pay_missing/deposits", "{\"amount\":500}"),
                new Route("POST", "/v1/payments/pay_missing/reversals", "{}"),
                new Route("POST", "/v1/payments/pay_missing/refunds", "{\"amount\":100}"),
                new Route("GET", "/v1/payments/pay_missing", null),
                new Route("GET", "/v1/payments?orderId=" + order, null),
                new Route("GET", "/v1/payments?status=CAPTURED&limit=5", null));
        List<Route> wallet = List.of(
                new Route("GET", "/v1/wallet/payment-methods", null),
                new Route(
                        "POST",
                        "/v1/wallet/payment-methods",
                        "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}"),
                new Route("GET", "/v1/wallet/payment-methods/" + method, null),
                new Route("PATCH", "/v1/wallet/payment-methods/" + method, "{\"nickname\":\"fuzz\"}"),
                new Route("DELETE", "/v1/wallet/payment-methods/pm_missing", null));
        List<Route> orders = List.of(
                new Route("POST", "/v1/orders", "{\"amount\":1000,\"currency\":\"USD\",\"reference\":\"fuzz\"}"),
                new Route("GET", "/v1/orders/" + order, null),
                new Route("GET", "/v1/orders?status=CREATED&limit=5", null));
        String admin = "/v1/admin/merchants/" + merchant;
        List<Route> merchants = List.of(
                new Route("POST", "/v1/admin/merchants", MERCHANT.replace("mer_fuzz", "mer_fuzz_two")),
                new Route("GET", "/v1/admin/merchants?limit=10", null),
                new Route("GET", admin, null),
                new Route(
                        "PUT", admin + "/braintree", "{\"merchantId\":\"m\",\"publicKey\":\"p\",\"privateKey\":\"k\"}"),
                new Route("POST", admin + "/api-keys", "{\"name\":\"fuzz\",\"scopes\":[\"payments:read\"]}"),
                new Route("GET", admin + "/api-keys", null),
                new Route("DELETE", admin + "/api-keys/key_missing", null));
        return switch (service) {
            case "merchant-service" -> merchants;
            case "payments-b-orchestrator" -> payments;
            case "wallet-service" -> wallet;
            case "order-service" -> orders;
            default -> concat(payments, wallet, orders);
        };
    }

    /** The operator API takes an operator's token; every other route a customer's. */
    private static String tokenFor(String service) {
        return service.equals("merchant-service") ? OPERATOR : customer.token();
    }

    @SafeVarargs
    private static List<Route> concat(List<Route>... lists) {
        List<Route> all = new ArrayList<>();
        for (List<Route> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
