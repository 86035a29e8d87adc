package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.authorized;
import static io.paystream.braintree.simulator.Sales.captured;
import static io.paystream.braintree.simulator.Sales.codes;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Transaction;
import com.braintreegateway.ValidationErrorCode;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class SettlementTests {

    @Test
    void capturedSaleWaitsForSettlementOnDemandWhenNoDelayIsConfigured(
            BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = captured(gateway, "10.00");
        assertThat(gateway.transaction().find(sale.getId()).getStatus())
                .isEqualTo(Transaction.Status.SUBMITTED_FOR_SETTLEMENT);

        simulator.settle(sale.getId());

        Transaction settled = gateway.transaction().find(sale.getId());
        assertThat(settled.getStatus()).isEqualTo(Transaction.Status.SETTLED);
        assertThat(settled.getSettlementBatchId()).endsWith("_paystream_usd");
        assertThat(settled.getProcessorSettlementResponseCode()).isEqualTo("4000");
    }

    @Test
    void capturedSaleAndItsRefundSettleByThemselvesAfterTheConfiguredDelay() {
        SimulatorSettings settings = SimulatorSettings.forTests().withSettleAfter(Duration.ofMillis(200));
        try (BraintreeSimulator simulator = BraintreeSimulator.start(settings)) {
            BraintreeGateway gateway = SimulatorExtension.gatewayFor(simulator);
            Transaction sale = captured(gateway, "10.00");

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> gateway.transaction().find(sale.getId()).getStatus() == Transaction.Status.SETTLED);
            Transaction credit = succeeded(gateway.transaction().refund(sale.getId()));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> gateway.transaction().find(credit.getId()).getStatus() == Transaction.Status.SETTLED);
        }
    }

    @Test
    void authorizedSaleIsNeverSettledByTheDelay() {
        SimulatorSettings settings = SimulatorSettings.forTests().withSettleAfter(Duration.ofMillis(100));
        try (BraintreeSimulator simulator = BraintreeSimulator.start(settings)) {
            BraintreeGateway gateway = SimulatorExtension.gatewayFor(simulator);
            Transaction authorizedSale = authorized(gateway, "10.00");
            Transaction capturedSale = captured(gateway, "10.00");

            await().atMost(Duration.ofSeconds(5))
                    .until(() ->
                            gateway.transaction().find(capturedSale.getId()).getStatus() == Transaction.Status.SETTLED);

            assertThat(gateway.transaction().find(authorizedSale.getId()).getStatus())
                    .isEqualTo(Transaction.Status.AUTHORIZED);
        }
    }

    @Test
    void sdkTestingCallsMoveACapturedSaleThroughSettlement(BraintreeGateway gateway) {
        Transaction settled = captured(gateway, "10.00");
        Transaction declined = captured(gateway, "10.00");

        assertThat(succeeded(gateway.testing().settle(settled.getId())).getStatus())
                .isEqualTo(Transaction.Status.SETTLED);
        assertThat(succeeded(gateway.testing().settlementDecline(declined.getId()))
                        .getStatus())
                .isEqualTo(Transaction.Status.SETTLEMENT_DECLINED);
    }

    @Test
    void sdkTestingSettleOfAnAuthorizedSaleIsRejected(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");

        assertThat(codes(gateway.testing().settle(sale.getId())))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_SIMULATE_SETTLEMENT);
    }

    @Test
    void amount4001IsDeclinedAtSettlement(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = captured(gateway, "4001.00");

        simulator.settle(sale.getId());

        Transaction declined = gateway.transaction().find(sale.getId());
        assertThat(declined.getStatus()).isEqualTo(Transaction.Status.SETTLEMENT_DECLINED);
        assertThat(declined.getProcessorSettlementResponseCode()).isEqualTo("4001");
    }

    @Test
    void settleAllSettlesEveryCapturedTransactionAndNothingElse(
            BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction first = captured(gateway, "1.00");
        Transaction second = captured(gateway, "2.00");
        Transaction authorizedSale = authorized(gateway, "3.00");

        assertThat(simulator.settleAll()).containsExactly(first.getId(), second.getId());
        assertThat(gateway.transaction().find(authorizedSale.getId()).getStatus())
                .isEqualTo(Transaction.Status.AUTHORIZED);
    }

    @Test
    void settlingWhatIsNotCapturedFailsInJava(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = authorized(gateway, "10.00");

        assertThatThrownBy(() -> simulator.settle(sale.getId())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> simulator.settle("nosuchid")).isInstanceOf(NoSuchElementException.class);
    }
}
