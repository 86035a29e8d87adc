package io.paystream.braintree.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Result;
import com.braintreegateway.Transaction;
import com.braintreegateway.TransactionRequest;
import com.braintreegateway.ValidationError;
import com.braintreegateway.ValidationErrorCode;
import java.math.BigDecimal;
import java.util.List;

/** Short ways to reach a transaction in a given state through the SDK. */
final class Sales {

    private Sales() {}

    static TransactionRequest sale(String amount, String nonce) {
        return new TransactionRequest().amount(new BigDecimal(amount)).paymentMethodNonce(nonce);
    }

    static Transaction authorized(BraintreeGateway gateway, String amount) {
        return succeeded(gateway.transaction().sale(sale(amount, "fake-valid-nonce")));
    }

    static Transaction captured(BraintreeGateway gateway, String amount) {
        TransactionRequest request = sale(amount, "fake-valid-nonce")
                .options()
                .submitForSettlement(true)
                .done();
        return succeeded(gateway.transaction().sale(request));
    }

    static Transaction settled(BraintreeGateway gateway, BraintreeSimulator simulator, String amount) {
        Transaction captured = captured(gateway, amount);
        simulator.settle(captured.getId());
        return gateway.transaction().find(captured.getId());
    }

    static <T> T succeeded(Result<T> result) {
        assertThat(result.isSuccess())
                .as("success, but: %s", result.getMessage())
                .isTrue();
        return result.getTarget();
    }

    static List<ValidationErrorCode> codes(Result<?> result) {
        assertThat(result.isSuccess()).isFalse();
        return result.getErrors().getAllDeepValidationErrors().stream()
                .map(ValidationError::getCode)
                .toList();
    }
}
