package io.paystream.braintree.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The wire rules a raw client sees, below what the SDK hides. */
@ExtendWith(SimulatorExtension.class)
class GatewayProtocolTests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void saleAnswersCreatedWithAnXmlTransaction(BraintreeSimulator simulator) throws Exception {
        HttpResponse<String> response = post(
                simulator,
                "/transactions",
                "<transaction><amount>10.00</amount><paymentMethodNonce>fake-valid-nonce</paymentMethodNonce>"
                        + "<type>sale</type></transaction>");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(response.body())
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<status>authorized</status>", "<order-id nil=\"true\"/>", "<created-at type=\"datetime\">")
                .doesNotContain("></amount>");
    }

    @Test
    void bodyWithADoctypeIsRefused(BraintreeSimulator simulator) throws Exception {
        HttpResponse<String> response =
                post(simulator, "/transactions", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(simulator.transactions()).isEmpty();
    }

    @Test
    void callTheSimulatorDoesNotModelIsABadRequestRatherThanNotFound(BraintreeSimulator simulator) throws Exception {
        HttpResponse<String> response = post(simulator, "/transactions/abc/clone", "<transaction/>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("Not supported by the simulator");
        assertThat(simulator.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.operation()).isEqualTo("unsupported"));
    }

    @Test
    void validationErrorIsA422WithParamsAndNestedErrors(BraintreeSimulator simulator) throws Exception {
        HttpResponse<String> response = post(
                simulator,
                "/transactions",
                "<transaction><amount>-1</amount><paymentMethodNonce>fake-valid-nonce</paymentMethodNonce>"
                        + "<type>sale</type></transaction>");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("<api-error-response><errors><errors type=\"array\"></errors><transaction>")
                .contains("<code>81501</code><attribute type=\"symbol\">amount</attribute>")
                .contains("<params><transaction><amount>-1</amount>");
    }

    private static HttpResponse<String> post(BraintreeSimulator simulator, String path, String xml)
            throws IOException, InterruptedException {
        SimulatorSettings settings = simulator.settings();
        String credentials = settings.publicKey() + ":" + settings.privateKey();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(simulator.baseUrl() + "/merchants/" + settings.merchantId() + path))
                .header("Content-Type", "application/xml")
                .header("X-ApiVersion", "6")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(xml))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
