package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.codes;
import static io.paystream.braintree.simulator.Sales.sale;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.CustomerRequest;
import com.braintreegateway.PaymentMethod;
import com.braintreegateway.PaymentMethodRequest;
import com.braintreegateway.Result;
import com.braintreegateway.Transaction;
import com.braintreegateway.TransactionRequest;
import com.braintreegateway.ValidationErrorCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class NonceTests {

    @Test
    void unknownNonceIsRejectedOnThePaymentMethodNonceField(BraintreeGateway gateway) {
        Result<Transaction> result = gateway.transaction().sale(sale("10.00", "fake-no-such-nonce"));

        assertThat(result.getErrors().forObject("transaction").onField("paymentMethodNonce"))
                .extracting(error -> error.getCode())
                .containsExactly(ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_NONCE_UNKNOWN);
        assertThat(result.getTransaction()).isNull();
    }

    @Test
    void fakeConsumedNonceIsAlwaysConsumed(BraintreeGateway gateway) {
        assertThat(codes(gateway.transaction().sale(sale("10.00", "fake-consumed-nonce"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_NONCE_CONSUMED);
    }

    @Test
    void fixedFakeNoncesCanBeUsedAgainAsInTheSandbox(BraintreeGateway gateway) {
        succeeded(gateway.transaction().sale(sale("10.00", "fake-valid-nonce")));

        assertThat(succeeded(gateway.transaction().sale(sale("10.00", "fake-valid-nonce")))
                        .getStatus())
                .isEqualTo(Transaction.Status.AUTHORIZED);
    }

    @Test
    void mintedNoncePaysOnceThenIsConsumed(BraintreeGateway gateway, BraintreeSimulator simulator) {
        String nonce = simulator.mintNonce("fake-valid-mastercard-nonce");

        Transaction sale = succeeded(gateway.transaction().sale(sale("10.00", nonce)));

        assertThat(sale.getCreditCard().getCardType()).isEqualTo("MasterCard");
        assertThat(codes(gateway.transaction().sale(sale("10.00", nonce))))
                .containsExactly(ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_NONCE_CONSUMED);
    }

    @Test
    void declinedSaleConsumesTheNonceButAValidationFailureDoesNot(
            BraintreeGateway gateway, BraintreeSimulator simulator) {
        String declinedNonce = simulator.mintNonce("fake-valid-nonce");
        String invalidNonce = simulator.mintNonce("fake-valid-nonce");

        gateway.transaction().sale(sale("2000.00", declinedNonce));
        gateway.transaction().sale(sale("-1.00", invalidNonce));

        assertThat(codes(gateway.transaction().sale(sale("10.00", declinedNonce))))
                .containsExactly(ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_NONCE_CONSUMED);
        succeeded(gateway.transaction().sale(sale("10.00", invalidNonce)));
    }

    @Test
    void nonceConsumedByVaultingCannotPayAfterwards(BraintreeGateway gateway, BraintreeSimulator simulator) {
        String customerId =
                succeeded(gateway.customer().create(new CustomerRequest())).getId();
        String nonce = simulator.mintNonce("fake-valid-nonce");
        succeeded(gateway.paymentMethod()
                .create(new PaymentMethodRequest().customerId(customerId).paymentMethodNonce(nonce)));

        assertThat(codes(gateway.transaction().sale(sale("10.00", nonce))))
                .containsExactly(ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_NONCE_CONSUMED);
        assertThat(codes(gateway.paymentMethod()
                        .create(new PaymentMethodRequest()
                                .customerId(customerId)
                                .paymentMethodNonce(nonce))))
                .containsExactly(ValidationErrorCode.PAYMENT_METHOD_PAYMENT_METHOD_NONCE_CONSUMED);
    }

    @Test
    void nonceCreatedFromAVaultedMethodPaysWithThatMethodOnce(BraintreeGateway gateway) {
        String customerId =
                succeeded(gateway.customer().create(new CustomerRequest())).getId();
        PaymentMethod card = succeeded(gateway.paymentMethod()
                .create(new PaymentMethodRequest().customerId(customerId).paymentMethodNonce("fake-valid-nonce")));

        String nonce =
                succeeded(gateway.paymentMethodNonce().create(card.getToken())).getNonce();
        Transaction sale = succeeded(gateway.transaction()
                .sale(new TransactionRequest().amount(new BigDecimal("10.00")).paymentMethodNonce(nonce)));

        assertThat(sale.getCreditCard().getToken()).isEqualTo(card.getToken());
        assertThat(sale.getCustomer().getId()).isEqualTo(customerId);
        assertThat(codes(gateway.transaction().sale(sale("10.00", nonce))))
                .containsExactly(ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_NONCE_CONSUMED);
    }
}
