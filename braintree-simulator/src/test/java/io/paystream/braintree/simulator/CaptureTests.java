package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.authorized;
import static io.paystream.braintree.simulator.Sales.captured;
import static io.paystream.braintree.simulator.Sales.codes;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Transaction;
import com.braintreegateway.TransactionRequest;
import com.braintreegateway.ValidationErrorCode;
import com.braintreegateway.exceptions.NotFoundException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class CaptureTests {

    @Test
    void fullCaptureKeepsTheIdAndTheAuthorizedAmount(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");

        Transaction capture = succeeded(gateway.transaction().submitForSettlement(sale.getId()));

        assertThat(capture.getId()).isEqualTo(sale.getId());
        assertThat(capture.getStatus()).isEqualTo(Transaction.Status.SUBMITTED_FOR_SETTLEMENT);
        assertThat(capture.getAmount()).isEqualByComparingTo("10.00");
    }

    @Test
    void partialCaptureTakesTheCapturedAmountAndKeepsTheAuthorizedOneInTheHistory(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");

        Transaction capture =
                succeeded(gateway.transaction().submitForSettlement(sale.getId(), new BigDecimal("7.50")));

        assertThat(capture.getAmount()).isEqualByComparingTo("7.50");
        assertThat(capture.getStatusHistory().getFirst().getAmount()).isEqualByComparingTo("10.00");
        assertThat(gateway.transaction().find(sale.getId()).getAmount()).isEqualByComparingTo("7.50");
    }

    @Test
    void captureAboveTheAuthorizedAmountIsRejected(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");

        var result = gateway.transaction().submitForSettlement(sale.getId(), new BigDecimal("10.01"));

        assertThat(codes(result)).containsExactly(ValidationErrorCode.TRANSACTION_SETTLEMENT_AMOUNT_IS_TOO_LARGE);
        assertThat(gateway.transaction().find(sale.getId()).getStatus()).isEqualTo(Transaction.Status.AUTHORIZED);
    }

    @Test
    void secondCaptureIsRejectedBecauseTheSaleIsNoLongerAuthorized(BraintreeGateway gateway) {
        Transaction sale = captured(gateway, "10.00");

        assertThat(codes(gateway.transaction().submitForSettlement(sale.getId())))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_SUBMIT_FOR_SETTLEMENT);
    }

    @Test
    void captureOfADeclinedSaleIsRejected(BraintreeGateway gateway) {
        String declined = gateway.transaction()
                .sale(Sales.sale("2000.00", "fake-valid-nonce"))
                .getTransaction()
                .getId();

        assertThat(codes(gateway.transaction().submitForSettlement(declined)))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_SUBMIT_FOR_SETTLEMENT);
    }

    @Test
    void captureOfAnUnknownTransactionIsNotFound(BraintreeGateway gateway) {
        assertThatThrownBy(() -> gateway.transaction().submitForSettlement("nosuchid"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gateway.transaction().find("nosuchid")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void partialSettlementsCreateLinkedChildrenUpToTheAuthorizedAmount(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");

        Transaction first =
                succeeded(gateway.transaction().submitForPartialSettlement(sale.getId(), new BigDecimal("4.00")));
        Transaction second =
                succeeded(gateway.transaction().submitForPartialSettlement(sale.getId(), new BigDecimal("6.00")));
        var third = gateway.transaction().submitForPartialSettlement(sale.getId(), new BigDecimal("0.01"));

        assertThat(first.getId()).isNotEqualTo(sale.getId());
        assertThat(first.getAuthorizedTransactionId()).isEqualTo(sale.getId());
        assertThat(first.getStatus()).isEqualTo(Transaction.Status.SUBMITTED_FOR_SETTLEMENT);
        assertThat(first.getAmount()).isEqualByComparingTo("4.00");
        assertThat(codes(third)).containsExactly(ValidationErrorCode.TRANSACTION_SETTLEMENT_AMOUNT_IS_TOO_LARGE);
        Transaction parent = gateway.transaction().find(sale.getId());
        assertThat(parent.getStatus()).isEqualTo(Transaction.Status.SETTLEMENT_PENDING);
        assertThat(parent.getPartialSettlementTransactionIds()).containsExactly(first.getId(), second.getId());
    }

    @Test
    void partialSettlementOrderIdDefaultsToTheParentsAndCanBeGiven(BraintreeGateway gateway) {
        Transaction sale = succeeded(gateway.transaction()
                .sale(Sales.sale("10.00", "fake-valid-nonce").orderId("ord-7")));

        Transaction inherited =
                succeeded(gateway.transaction().submitForPartialSettlement(sale.getId(), new BigDecimal("1.00")));
        Transaction named = succeeded(gateway.transaction()
                .submitForPartialSettlement(
                        sale.getId(),
                        new TransactionRequest().amount(new BigDecimal("1.00")).orderId("ord-7-d2")));

        assertThat(inherited.getOrderId()).isEqualTo("ord-7");
        assertThat(named.getOrderId()).isEqualTo("ord-7-d2");
    }

    @Test
    void partialSettlementOfAChildIsRejected(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");
        Transaction child =
                succeeded(gateway.transaction().submitForPartialSettlement(sale.getId(), new BigDecimal("4.00")));

        assertThat(codes(gateway.transaction().submitForPartialSettlement(child.getId(), new BigDecimal("1.00"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_SUBMIT_FOR_PARTIAL_SETTLEMENT);
    }

    @Test
    void partialSettlementAfterAFullCaptureIsRejected(BraintreeGateway gateway) {
        Transaction sale = captured(gateway, "10.00");

        assertThat(codes(gateway.transaction().submitForPartialSettlement(sale.getId(), new BigDecimal("1.00"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_SUBMIT_FOR_SETTLEMENT);
    }

    @Test
    void voidedPartialSettlementNoLongerCountsTowardsTheAuthorizedAmount(BraintreeGateway gateway) {
        Transaction sale = authorized(gateway, "10.00");
        Transaction child =
                succeeded(gateway.transaction().submitForPartialSettlement(sale.getId(), new BigDecimal("10.00")));
        succeeded(gateway.transaction().voidTransaction(child.getId()));

        Transaction again =
                succeeded(gateway.transaction().submitForPartialSettlement(sale.getId(), new BigDecimal("10.00")));

        assertThat(again.getAmount()).isEqualByComparingTo("10.00");
    }
}
