package io.paystream.wallet.vault;

import com.braintreegateway.AndroidPayCard;
import com.braintreegateway.ApplePayCard;
import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.CreditCard;
import com.braintreegateway.CustomerRequest;
import com.braintreegateway.PayPalAccount;
import com.braintreegateway.PaymentMethod;
import com.braintreegateway.PaymentMethodRequest;
import com.braintreegateway.Result;
import com.braintreegateway.ValidationError;
import com.braintreegateway.exceptions.BraintreeException;
import com.braintreegateway.exceptions.NotFoundException;
import io.paystream.contracts.PaymentMethodType;
import java.util.List;
import java.util.function.Supplier;

/** Braintree's vault through braintree-java: customers, methods vaulted from nonces, and their removal. */
public class BraintreeVault implements Vault {

    private static final String CUSTOMER_ID_TAKEN = "91609";

    /** Braintree's "customer ID is invalid": the customer the wallet remembers is not at the gateway. */
    private static final String CUSTOMER_UNKNOWN = "93105";

    private final BraintreeGateway braintree;

    public BraintreeVault(BraintreeGateway braintree) {
        this.braintree = braintree;
    }

    @Override
    public void ensureCustomer(String gatewayCustomerId) {
        Result<?> created = call(() -> braintree.customer().create(new CustomerRequest().id(gatewayCustomerId)));
        if (!created.isSuccess() && !CUSTOMER_ID_TAKEN.equals(firstErrorCode(created))) {
            throw new VaultUnavailable("Braintree refused to create customer: " + created.getMessage(), null);
        }
    }

    @Override
    public VaultedMethod vault(String gatewayCustomerId, String nonce) {
        try {
            return vaultOnce(gatewayCustomerId, nonce);
        } catch (VaultRejection rejected) {
            if (!CUSTOMER_UNKNOWN.equals(rejected.code())) {
                throw rejected;
            }
            // A gateway that lost its records (a fresh sandbox, the local simulator restarted): the id is ours.
            ensureCustomer(gatewayCustomerId);
            return vaultOnce(gatewayCustomerId, nonce);
        }
    }

    private VaultedMethod vaultOnce(String gatewayCustomerId, String nonce) {
        Result<? extends PaymentMethod> result = call(() -> braintree
                .paymentMethod()
                .create(new PaymentMethodRequest()
                        .customerId(gatewayCustomerId)
                        .paymentMethodNonce(nonce)
                        .options()
                        .verifyCard(true)
                        .done()));
        if (!result.isSuccess()) {
            String code = result.getCreditCardVerification() != null ? "verification_failed" : firstErrorCode(result);
            throw new VaultRejection(code, result.getMessage());
        }
        return details(result.getTarget());
    }

    @Override
    public void remove(String gatewayToken) {
        try {
            call(() -> braintree.paymentMethod().delete(gatewayToken));
        } catch (VaultUnavailable unavailable) {
            if (!(unavailable.getCause() instanceof NotFoundException)) {
                throw unavailable;
            }
        }
    }

    /** The display details the customer sees, by instrument kind. */
    private static VaultedMethod details(PaymentMethod method) {
        return switch (method) {
            case CreditCard card ->
                new VaultedMethod(
                        PaymentMethodType.CARD,
                        card.getToken(),
                        card.getCardType(),
                        card.getLast4(),
                        card.getExpirationMonth(),
                        card.getExpirationYear(),
                        null);
            case PayPalAccount payPal ->
                new VaultedMethod(
                        PaymentMethodType.PAYPAL, payPal.getToken(), "PayPal", null, null, null, payPal.getEmail());
            case ApplePayCard applePay ->
                new VaultedMethod(
                        PaymentMethodType.APPLE_PAY,
                        applePay.getToken(),
                        applePay.getCardType(),
                        applePay.getLast4(),
                        applePay.getExpirationMonth(),
                        applePay.getExpirationYear(),
                        null);
            case AndroidPayCard googlePay ->
                new VaultedMethod(
                        PaymentMethodType.GOOGLE_PAY,
                        googlePay.getToken(),
                        googlePay.getSourceCardType(),
                        googlePay.getSourceCardLast4(),
                        googlePay.getExpirationMonth(),
                        googlePay.getExpirationYear(),
                        null);
            default ->
                throw new VaultRejection(
                        "unsupported_instrument",
                        "Paystream does not store " + method.getClass().getSimpleName());
        };
    }

    private static String firstErrorCode(Result<?> result) {
        List<ValidationError> errors =
                result.getErrors() == null ? List.of() : result.getErrors().getAllDeepValidationErrors();
        return errors.isEmpty() ? "rejected" : errors.getFirst().getCode().code;
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (BraintreeException e) {
            throw new VaultUnavailable(
                    "Braintree did not answer: " + e.getClass().getSimpleName(), e);
        }
    }
}
