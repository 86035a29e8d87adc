package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.sale;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Transaction;
import com.braintreegateway.TransactionSearchRequest;
import com.braintreegateway.ValidationErrorCode;
import com.braintreegateway.exceptions.GatewayTimeoutException;
import com.braintreegateway.exceptions.RequestTimeoutException;
import com.braintreegateway.exceptions.ServerException;
import com.braintreegateway.exceptions.ServiceUnavailableException;
import com.braintreegateway.exceptions.TimeoutException;
import com.braintreegateway.exceptions.TooManyRequestsException;
import io.paystream.braintree.simulator.fault.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(SimulatorExtension.class)
class FaultTests {

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(500, ServerException.class),
                Arguments.of(503, ServiceUnavailableException.class),
                Arguments.of(504, GatewayTimeoutException.class),
                Arguments.of(429, TooManyRequestsException.class),
                Arguments.of(408, RequestTimeoutException.class));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void statusFaultSurfacesAsTheSdksExceptionAndAppliesNothing(
            int status, Class<? extends Exception> exception, BraintreeGateway gateway, BraintreeSimulator simulator) {
        simulator.inject(Fault.status(status));

        assertThatThrownBy(() -> gateway.transaction()
                        .sale(sale("10.00", "fake-valid-nonce").orderId("ord-f")))
                .isInstanceOf(exception);
        assertThat(simulator.transactionsForOrder("ord-f")).isEmpty();
        assertThat(succeeded(gateway.transaction().sale(sale("10.00", "fake-valid-nonce")))
                        .getStatus())
                .isEqualTo(Transaction.Status.AUTHORIZED);
    }

    @Test
    void faultCountCoversThatManyRequests(BraintreeGateway gateway, BraintreeSimulator simulator) {
        simulator.inject(Fault.status(503).times(2));

        assertThatThrownBy(() -> gateway.transaction().find("a")).isInstanceOf(ServiceUnavailableException.class);
        assertThatThrownBy(() -> gateway.transaction().find("b")).isInstanceOf(ServiceUnavailableException.class);
        assertThat(gateway.transaction().sale(sale("10.00", "fake-valid-nonce")).isSuccess())
                .isTrue();
    }

    @Test
    void faultOnOneOperationLeavesOthersAlone(BraintreeGateway gateway, BraintreeSimulator simulator) {
        simulator.inject(Fault.status(500).on("void"));

        Transaction sale = succeeded(gateway.transaction().sale(sale("10.00", "fake-valid-nonce")));

        assertThat(simulator.pendingFaults()).hasSize(1);
        assertThatThrownBy(() -> gateway.transaction().voidTransaction(sale.getId()))
                .isInstanceOf(ServerException.class);
        assertThat(simulator.pendingFaults()).isEmpty();
        assertThat(gateway.transaction().find(sale.getId()).getStatus()).isEqualTo(Transaction.Status.AUTHORIZED);
    }

    @Test
    void latencyDelaysTheAnswerButTheRequestSucceeds(BraintreeGateway gateway, BraintreeSimulator simulator) {
        simulator.inject(Fault.latency(Duration.ofMillis(400)));

        long started = System.nanoTime();
        Transaction sale = succeeded(gateway.transaction().sale(sale("10.00", "fake-valid-nonce")));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(sale.getStatus()).isEqualTo(Transaction.Status.AUTHORIZED);
    }

    @Test
    void timeoutOutlastsTheClientAndAppliesNothing(BraintreeGateway gateway, BraintreeSimulator simulator) {
        gateway.getConfiguration().setTimeout(300);
        simulator.inject(Fault.timeout(Duration.ofSeconds(5)).on("sale"));

        assertThatThrownBy(() -> gateway.transaction()
                        .sale(sale("10.00", "fake-valid-nonce").orderId("ord-t")))
                .isInstanceOf(TimeoutException.class);

        assertThat(simulator.transactionsForOrder("ord-t")).isEmpty();
        assertThat(searchByOrderId(gateway, "ord-t")).isEmpty();
    }

    @Test
    void unansweredSaleIsAppliedAndFoundBySearchingItsOrderId(BraintreeGateway gateway, BraintreeSimulator simulator) {
        gateway.getConfiguration().setTimeout(300);
        simulator.inject(Fault.dropResponse(Duration.ofSeconds(5)).on("sale"));

        assertThatThrownBy(() -> gateway.transaction()
                        .sale(sale("10.00", "fake-valid-nonce").orderId("ord-d")))
                .isInstanceOf(TimeoutException.class);

        assertThat(searchByOrderId(gateway, "ord-d"))
                .singleElement()
                .satisfies(t -> assertThat(t.getStatus()).isEqualTo(Transaction.Status.AUTHORIZED));
        assertThat(simulator.transactionsForOrder("ord-d")).hasSize(1);
    }

    /** Documents a trap for callers: HttpURLConnection resends a request whose connection closed unanswered. */
    @Test
    void closedConnectionAfterASaleIsSilentlyRetriedByTheJdkClientAndChargesTwice(
            BraintreeGateway gateway, BraintreeSimulator simulator) {
        assumeFalse(
                "false".equals(System.getProperty("sun.net.http.retryPost")),
                "this JVM does not retry POSTs (-Dsun.net.http.retryPost=false)");
        simulator.inject(Fault.dropResponse().on("sale"));

        Transaction answered = succeeded(
                gateway.transaction().sale(sale("10.00", "fake-valid-nonce").orderId("ord-r")));

        assertThat(simulator.transactionsForOrder("ord-r")).hasSize(2);
        assertThat(simulator.requests()).extracting(r -> r.status()).containsExactly(0, 201);
        assertThat(answered.getOrderId()).isEqualTo("ord-r");
    }

    /** The same trap on a PUT: the void is applied, yet the caller sees "cannot be voided" from the resend. */
    @Test
    void closedConnectionAfterAVoidIsRetriedAndReportsCannotBeVoided(
            BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = succeeded(gateway.transaction().sale(sale("10.00", "fake-valid-nonce")));
        simulator.inject(Fault.dropResponse().on("void"));

        var result = gateway.transaction().voidTransaction(sale.getId());

        assertThat(Sales.codes(result)).containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_BE_VOIDED);
        assertThat(gateway.transaction().find(sale.getId()).getStatus()).isEqualTo(Transaction.Status.VOIDED);
    }

    private static List<Transaction> searchByOrderId(BraintreeGateway gateway, String orderId) {
        List<Transaction> found = new ArrayList<>();
        gateway.transaction()
                .search(new TransactionSearchRequest().orderId().is(orderId))
                .forEach(found::add);
        return found;
    }
}
