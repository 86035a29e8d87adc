package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.authorized;
import static io.paystream.braintree.simulator.Sales.captured;
import static io.paystream.braintree.simulator.Sales.codes;
import static io.paystream.braintree.simulator.Sales.settled;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Transaction;
import com.braintreegateway.TransactionRefundRequest;
import com.braintreegateway.ValidationErrorCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class RefundTests {

    @Test
    void refundBeforeSettlementIsRejected(BraintreeGateway gateway) {
        Transaction authorizedSale = authorized(gateway, "10.00");
        Transaction capturedSale = captured(gateway, "10.00");

        assertThat(codes(gateway.transaction().refund(authorizedSale.getId())))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_REFUND_UNLESS_SETTLED);
        assertThat(codes(gateway.transaction().refund(capturedSale.getId(), new BigDecimal("1.00"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_REFUND_UNLESS_SETTLED);
    }

    @Test
    void fullRefundIsASeparateCreditLinkedToTheSale(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = settled(gateway, simulator, "10.00");

        Transaction credit = succeeded(gateway.transaction().refund(sale.getId()));

        assertThat(credit.getId()).isNotEqualTo(sale.getId());
        assertThat(credit.getType()).isEqualTo(Transaction.Type.CREDIT);
        assertThat(credit.getStatus()).isEqualTo(Transaction.Status.SUBMITTED_FOR_SETTLEMENT);
        assertThat(credit.getAmount()).isEqualByComparingTo("10.00");
        assertThat(credit.getRefundedTransactionId()).isEqualTo(sale.getId());
        assertThat(credit.getCreditCard().getLast4()).isEqualTo("1881");
        Transaction original = gateway.transaction().find(sale.getId());
        assertThat(original.getStatus()).isEqualTo(Transaction.Status.SETTLED);
        assertThat(original.getRefundIds()).containsExactly(credit.getId());
    }

    @Test
    void partialRefundsAreAllowedUntilTheSettledAmountIsUsedUp(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = settled(gateway, simulator, "10.00");

        Transaction first = succeeded(gateway.transaction().refund(sale.getId(), new BigDecimal("6.00")));
        var tooMuch = gateway.transaction().refund(sale.getId(), new BigDecimal("4.01"));
        Transaction rest = succeeded(gateway.transaction().refund(sale.getId()));
        var again = gateway.transaction().refund(sale.getId(), new BigDecimal("0.01"));

        assertThat(first.getAmount()).isEqualByComparingTo("6.00");
        assertThat(codes(tooMuch)).containsExactly(ValidationErrorCode.TRANSACTION_REFUND_AMOUNT_IS_TOO_LARGE);
        assertThat(rest.getAmount()).isEqualByComparingTo("4.00");
        assertThat(codes(again)).containsExactly(ValidationErrorCode.TRANSACTION_HAS_ALREADY_BEEN_REFUNDED);
        assertThat(gateway.transaction().find(sale.getId()).getRefundIds())
                .containsExactly(first.getId(), rest.getId());
    }

    @Test
    void refundIsBoundedByTheCapturedNotTheAuthorizedAmount(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = authorized(gateway, "10.00");
        succeeded(gateway.transaction().submitForSettlement(sale.getId(), new BigDecimal("7.50")));
        simulator.settle(sale.getId());

        assertThat(codes(gateway.transaction().refund(sale.getId(), new BigDecimal("7.51"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_REFUND_AMOUNT_IS_TOO_LARGE);
        assertThat(succeeded(gateway.transaction().refund(sale.getId())).getAmount())
                .isEqualByComparingTo("7.50");
    }

    @Test
    void refundCarriesTheOrderIdItWasGiven(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = settled(gateway, simulator, "10.00");

        Transaction credit = succeeded(gateway.transaction()
                .refund(
                        sale.getId(),
                        new TransactionRefundRequest()
                                .amount(new BigDecimal("1.00"))
                                .orderId("ref-1")));

        assertThat(credit.getOrderId()).isEqualTo("ref-1");
        assertThat(simulator.transactionsForOrder("ref-1"))
                .singleElement()
                .satisfies(t -> assertThat(t.type()).isEqualTo("credit"));
    }

    @Test
    void creditCannotBeRefunded(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = settled(gateway, simulator, "10.00");
        Transaction credit = succeeded(gateway.transaction().refund(sale.getId()));
        simulator.settle(credit.getId());

        assertThat(codes(gateway.transaction().refund(credit.getId())))
                .containsExactly(ValidationErrorCode.TRANSACTION_CANNOT_REFUND_CREDIT);
    }

    @Test
    void voidedRefundFreesItsAmountAgain(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = settled(gateway, simulator, "10.00");
        Transaction credit = succeeded(gateway.transaction().refund(sale.getId()));

        succeeded(gateway.transaction().voidTransaction(credit.getId()));

        assertThat(succeeded(gateway.transaction().refund(sale.getId())).getAmount())
                .isEqualByComparingTo("10.00");
    }

    @Test
    void refundAmountIsValidated(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Transaction sale = settled(gateway, simulator, "10.00");

        assertThat(codes(gateway.transaction().refund(sale.getId(), new BigDecimal("-1.00"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_AMOUNT_CANNOT_BE_NEGATIVE);
    }
}
