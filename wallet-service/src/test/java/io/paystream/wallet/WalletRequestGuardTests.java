package io.paystream.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.paystream.testsupport.OAuthServer.TokenSpec;
import io.paystream.testsupport.TestServers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Who may call what, and every bad request answered 4xx problem+json with nothing stored. */
@ExtendWith(OutputCaptureExtension.class)
class WalletRequestGuardTests extends WalletTestBase {

    private static final String CARD = "4111 1111 1111 1111";

    @Test
    void requestWithoutTokenIsUnauthorizedAsProblem() {
        HttpResponse<String> refused = http.get(METHODS, null);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        String foreign =
                TestServers.oauth().token(TokenSpec.of(customer, "wallet:read").withAudience("other-api"));

        assertThat(http.get(METHODS, foreign).statusCode()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        String expired =
                TestServers.oauth().token(TokenSpec.of(customer, "wallet:read").withLifetime(Duration.ofMinutes(-5)));

        assertThat(http.get(METHODS, expired).statusCode()).isEqualTo(401);
    }

    @Test
    void readScopeCannotAddAMethod() {
        String readOnly = TestServers.oauth().token(customer, "wallet:read");

        HttpResponse<String> refused =
                http.post(METHODS, readOnly, "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(storedMethods()).isZero();
    }

    @Test
    void anotherCustomersMethodIsNotFoundNeverForbidden() {
        String alicesMethod = addCard();
        String bob = tokenFor("bob-" + customer);

        assertThat(http.get(METHODS + "/" + alicesMethod, bob).statusCode()).isEqualTo(404);
        assertThat(http.patch(METHODS + "/" + alicesMethod, bob, "{\"nickname\":\"mine\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.delete(METHODS + "/" + alicesMethod, bob).statusCode()).isEqualTo(404);
        assertThat(json(http.get(METHODS, bob)).isEmpty()).isTrue();
        assertThat(json(http.get(METHODS + "/" + alicesMethod, token))
                        .path("id")
                        .asString())
                .isEqualTo(alicesMethod);
    }

    @Test
    void orchestratorReadsTheGatewayTokenWithTheInternalScopeOnly() {
        String method = addCard();
        String internalPath = "/internal/merchants/mer_demo/customers/" + customer + "/payment-methods/" + method;
        String orchestrator = TestServers.oauth().token("payments-orchestrator", "wallet:internal");

        HttpResponse<String> lookup = http.get(internalPath, orchestrator);

        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(json(lookup).path("gatewayToken").asString()).isEqualTo(gatewayToken(method));
        assertThat(json(lookup).path("type").asString()).isEqualTo("CARD");
        assertThat(http.get(internalPath, token).statusCode()).isEqualTo(403);
        assertThat(http.get(
                                "/internal/merchants/mer_demo/customers/someone-else/payment-methods/" + method,
                                orchestrator)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.get(
                                "/internal/merchants/mer_acme/customers/" + customer + "/payment-methods/" + method,
                                orchestrator)
                        .statusCode())
                .as("the same sub at another merchant")
                .isEqualTo(404);
        // The path from before merchants is mer_demo's, for an orchestrator not yet upgraded.
        assertThat(json(http.get("/internal/customers/" + customer + "/payment-methods/" + method, orchestrator))
                        .path("gatewayToken")
                        .asString())
                .isEqualTo(gatewayToken(method));
    }

    @Test
    void everyBadFieldIsListed() {
        HttpResponse<String> refused = http.post(METHODS, token, """
                {"nonce":" ","nickname":"%s","billingAddress":{"line1":"1 Main St","city":"Springfield",
                 "postalCode":"12345","countryCode":"usa"}}""".formatted("n".repeat(51)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("type").asString()).endsWith("/invalid-request");
        List<String> fields = json(refused)
                .path("errors")
                .valueStream()
                .map(error -> error.path("field").asString())
                .toList();
        assertThat(fields).contains("type", "nonce", "nickname", "billingAddress.countryCode");
        assertThat(storedMethods()).isZero();
    }

    @ParameterizedTest(name = "malformed body: {0}")
    @ValueSource(strings = {"{\"type\":\"CARD\",", "{\"type\":\"BITCOIN\",\"nonce\":\"x\"}", "[]"})
    void malformedBodyIsABadRequest(String body) {
        HttpResponse<String> refused = http.post(METHODS, token, body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("type").asString()).endsWith("/malformed-json");
    }

    @Test
    void missingIdempotencyKeyIsABadRequest() {
        HttpResponse<String> refused =
                http.post(METHODS, token, null, "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Idempotency-Key");
        assertThat(storedMethods()).isZero();
    }

    @Test
    void openApiDescribesThePublicAndInternalEndpoints() {
        HttpResponse<String> description = http.get("/v3/api-docs", null);

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(json(description).path("paths").propertyNames())
                .contains(
                        METHODS,
                        METHODS + "/{id}",
                        "/internal/merchants/{merchantId}/customers/{customerId}/payment-methods/{id}");
    }

    @Test
    void cardNumberInABodyIsRefusedAndAppearsInNoLog(CapturedOutput output) {
        HttpResponse<String> refused = http.post(
                METHODS,
                token,
                "{\"type\":\"CARD\",\"nonce\":\"fake-valid-visa-nonce\",\"nickname\":\"" + CARD + "\"}");
        HttpResponse<String> refusedPatch = http.patch(METHODS + "/pm_x", token, "{\"nickname\":\"4111111111111111\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("type").asString()).endsWith("/card-number-not-accepted");
        assertThat(refusedPatch.statusCode()).isEqualTo(400);
        assertThat(storedMethods()).isZero();
        assertThat(output.getAll())
                .contains("carried a card number")
                .doesNotContain(CARD)
                .doesNotContain("4111111111111111");
    }
}
