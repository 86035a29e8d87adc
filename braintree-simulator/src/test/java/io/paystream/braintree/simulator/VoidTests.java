package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.authorized;
import static io.paystream.braintree.simulator.Sales.captured;
import static io.paystream.braintree.simulator.Sales.codes;
import static io.paystream.braintree.simulator.Sales.settled;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Transaction;
import com.braintreegateway.ValidationErrorCode;
import com.braintreegateway.exceptions.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class VoidTests {

    @Test
    void authorizedSaleCanBeVoided(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");

        Transaction voided = succeeded(gateway.transaction().voidTransaction(sale.getId()));

        assertThat(voided.getStatus()).isEqualTo(Transaction.Status.VOIDED);
        assertThat(gateway.transaction().find(sale.getId()).getStatus()).isEqualTo(Transaction.Status.VOIDED);
    }

    @Test
    void saleSubmittedForSettlementCanStillBeVoided(BraintreeGateway gateway) {
        Transaction sale = captured(gateway, "10.00");

        assertThat(succeeded(gateway.transaction().voidTransaction(sale.getId()))
                        .getStatus())
                .isEqualTo(Transaction.Status.VOIDED);
    }

    @Test
    void settledSaleCannotBeVoided(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = settled(gateway, simulator, "10.00");

        var result = gateway.transaction().voidTransaction(sale.getId());

        assertThat(codes(result)).containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_BE_VOIDED);
        assertThat(result.getErrors().forObject("transaction").onField("base")).hasSize(1);
    }

    @Test
    void voidedSaleCannotBeVoidedAgain(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");
        succeeded(gateway.transaction().voidTransaction(sale.getId()));

        assertThat(codes(gateway.transaction().voidTransaction(sale.getId())))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_BE_VOIDED);
    }

    @Test
    void declinedSaleCannotBeVoided(BraintreeGateway gateway) {
        String declined = gateway.transaction()
                .sale(Sales.sale("2000.00", "fake-valid-nonce"))
                .getTransaction()
                .getId();

        assertThat(codes(gateway.transaction().voidTransaction(declined)))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_BE_VOIDED);
    }

    @Test
    void voidedSaleCannotBeCaptured(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");
        succeeded(gateway.transaction().voidTransaction(sale.getId()));

        assertThat(codes(gateway.transaction().submitForSettlement(sale.getId())))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_SUBMIT_FOR_SETTLEMENT);
    }

    @Test
    void voidOfAnUnknownTransactionIsNotFound(BraintreeGateway gateway) {
        assertThatThrownBy(() -> gateway.transaction().voidTransaction("nosuchid"))
                .isInstanceOf(NotFoundException.class);
    }
}
