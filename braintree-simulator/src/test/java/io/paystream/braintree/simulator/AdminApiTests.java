package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.captured;
import static io.paystream.braintree.simulator.Sales.sale;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Transaction;
import com.braintreegateway.ValidationErrorCode;
import com.braintreegateway.exceptions.ServiceUnavailableException;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class AdminApiTests {

    @Test
    void healthSaysUp(BraintreeSimulator simulator) {
        HttpResponse<String> health = new AdminApi(simulator).get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void transactionsAreListedFromTheSimulatorsOwnRecordsByOrderId(
            BraintreeGateway gateway, BraintreeSimulator simulator) {
        String id = succeeded(gateway.transaction()
                        .sale(sale("10.00", "fake-valid-nonce").orderId("ord-1")))
                .getId();
        succeeded(gateway.transaction().sale(sale("20.00", "fake-valid-nonce").orderId("ord-2")));

        HttpResponse<String> listed = new AdminApi(simulator).get("/transactions?orderId=ord-1");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(count("\"id\":", listed.body())).isEqualTo(1);
        assertThat(listed.body())
                .contains("\"id\":\"" + id + "\"", "\"status\":\"authorized\"", "\"amount\":\"10.00\"");
        assertThat(count("\"id\":", new AdminApi(simulator).get("/transactions").body()))
                .isEqualTo(2);
    }

    @Test
    void transactionIsSettledOnDemand(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = captured(gateway, "10.00");

        HttpResponse<String> settled = new AdminApi(simulator).post("/transactions/" + sale.getId() + "/settle", "");

        assertThat(settled.statusCode()).isEqualTo(200);
        assertThat(settled.body()).contains("\"status\":\"settled\"");
        assertThat(gateway.transaction().find(sale.getId()).getStatus()).isEqualTo(Transaction.Status.SETTLED);
    }

    @Test
    void settlingWhatCannotSettleIsAConflictAndUnknownIdsAreNotFound(
            BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = Sales.authorized(gateway, "10.00");
        AdminApi admin = new AdminApi(simulator);

        assertThat(admin.post("/transactions/" + sale.getId() + "/settle", "").statusCode())
                .isEqualTo(409);
        assertThat(admin.post("/transactions/nosuchid/settle", "").statusCode()).isEqualTo(404);
    }

    @Test
    void settleAllSettlesEveryCapturedTransaction(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction first = captured(gateway, "1.00");
        Transaction second = captured(gateway, "2.00");

        HttpResponse<String> settled = new AdminApi(simulator).post("/settle", "");

        assertThat(settled.body()).isEqualTo("{\"settled\":[\"" + first.getId() + "\",\"" + second.getId() + "\"]}");
    }

    @Test
    void faultArmedThroughTheApiHitsTheNextMatchingRequestOnly(BraintreeGateway gateway, BraintreeSimulator simulator) {
        AdminApi admin = new AdminApi(simulator);

        HttpResponse<String> armed =
                admin.post("/faults", "{\"kind\":\"status\",\"status\":503,\"operation\":\"sale\",\"count\":1}");

        assertThat(armed.statusCode()).isEqualTo(201);
        assertThat(admin.get("/faults").body()).contains("\"kind\":\"status\"", "\"operation\":\"sale\"");
        assertThatThrownBy(() -> gateway.transaction().sale(sale("10.00", "fake-valid-nonce")))
                .isInstanceOf(ServiceUnavailableException.class);
        assertThat(admin.get("/faults").body()).isEqualTo("[]");
        assertThat(gateway.transaction().sale(sale("10.00", "fake-valid-nonce")).isSuccess())
                .isTrue();
    }

    @Test
    void faultsCanBeCleared(BraintreeSimulator simulator) {
        AdminApi admin = new AdminApi(simulator);
        admin.post("/faults", "{\"kind\":\"latency\",\"delayMillis\":10,\"count\":5}");

        assertThat(admin.delete("/faults").statusCode()).isEqualTo(200);

        assertThat(simulator.pendingFaults()).isEmpty();
    }

    @Test
    void malformedFaultsAreRefused(BraintreeSimulator simulator) {
        AdminApi admin = new AdminApi(simulator);

        assertThat(admin.post("/faults", "{\"kind\":\"explode\"}").statusCode()).isEqualTo(400);
        assertThat(admin.post("/faults", "{\"kind\":\"status\"}").statusCode()).isEqualTo(400);
        assertThat(admin.post("/faults", "{\"kind\":\"status\",\"status\":503,\"operation\":\"nap\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(admin.post("/faults", "not json").statusCode()).isEqualTo(400);
        assertThat(simulator.pendingFaults()).isEmpty();
    }

    @Test
    void mintedNonceFromTheApiIsSingleUse(BraintreeGateway gateway, BraintreeSimulator simulator) {
        String body = new AdminApi(simulator)
                .post("/nonces", "{\"like\":\"fake-apple-pay-visa-nonce\"}")
                .body();
        String nonce = body.replaceAll(".*\"nonce\":\"([^\"]+)\".*", "$1");

        assertThat(succeeded(gateway.transaction().sale(sale("10.00", nonce))).getPaymentInstrumentType())
                .isEqualTo("apple_pay_card");
        assertThat(Sales.codes(gateway.transaction().sale(sale("10.00", nonce))))
                .containsExactly(ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_NONCE_CONSUMED);
    }

    @Test
    void requestJournalListsGatewayCallsByOperation(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = Sales.authorized(gateway, "10.00");
        gateway.transaction().voidTransaction(sale.getId());

        String voids = new AdminApi(simulator).get("/requests?operation=void").body();

        assertThat(count("\"operation\":\"void\"", voids)).isEqualTo(1);
        assertThat(voids).contains("\"status\":200", "/transactions/" + sale.getId() + "/void");
    }

    @Test
    void resetForgetsEverything(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Sales.authorized(gateway, "10.00");
        simulator.inject(
                io.paystream.braintree.simulator.fault.Fault.status(500).on("refund"));

        assertThat(new AdminApi(simulator).post("/reset", "").statusCode()).isEqualTo(200);

        assertThat(simulator.transactions()).isEmpty();
        assertThat(simulator.pendingFaults()).isEmpty();
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void unknownAdminPathIsNotFound(BraintreeSimulator simulator) {
        assertThat(new AdminApi(simulator).get("/nothing-here").statusCode()).isEqualTo(404);
    }

    private static long count(String needle, String haystack) {
        return Pattern.compile(Pattern.quote(needle))
                .matcher(haystack)
                .results()
                .count();
    }
}
