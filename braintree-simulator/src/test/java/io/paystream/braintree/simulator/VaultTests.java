package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.codes;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.braintreegateway.AndroidPayCard;
import com.braintreegateway.ApplePayCard;
import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.CreditCard;
import com.braintreegateway.CreditCardVerification;
import com.braintreegateway.Customer;
import com.braintreegateway.CustomerRequest;
import com.braintreegateway.PayPalAccount;
import com.braintreegateway.PaymentMethod;
import com.braintreegateway.PaymentMethodRequest;
import com.braintreegateway.Result;
import com.braintreegateway.Transaction;
import com.braintreegateway.TransactionRequest;
import com.braintreegateway.ValidationErrorCode;
import com.braintreegateway.exceptions.NotFoundException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class VaultTests {

    @Test
    void createdCustomerCanBeFound(BraintreeGateway gateway) {
        succeeded(gateway.customer()
                .create(new CustomerRequest()
                        .id("cust-1")
                        .firstName("Ada")
                        .lastName("Lovelace")
                        .email("ada@example.com")));

        Customer found = gateway.customer().find("cust-1");

        assertThat(found.getFirstName()).isEqualTo("Ada");
        assertThat(found.getLastName()).isEqualTo("Lovelace");
        assertThat(found.getEmail()).isEqualTo("ada@example.com");
        assertThat(found.getPaymentMethods()).isEmpty();
        assertThat(found.getCreatedAt()).isNotNull();
    }

    @Test
    void customerWithoutIdGetsAGeneratedOne(BraintreeGateway gateway) {
        assertThat(succeeded(gateway.customer().create(new CustomerRequest())).getId())
                .matches("\\d{9}");
    }

    @Test
    void customerIdCanBeTakenOnlyOnce(BraintreeGateway gateway) {
        succeeded(gateway.customer().create(new CustomerRequest().id("cust-1")));

        assertThat(codes(gateway.customer().create(new CustomerRequest().id("cust-1"))))
                .containsExactly(ValidationErrorCode.CUSTOMER_ID_IS_IN_USE);
    }

    @Test
    void customerCreatedWithANonceHasThatCardAsDefault(BraintreeGateway gateway) {
        Customer customer =
                succeeded(gateway.customer().create(new CustomerRequest().paymentMethodNonce("fake-valid-amex-nonce")));

        assertThat(customer.getCreditCards()).singleElement().satisfies(card -> {
            assertThat(card.getCardType()).isEqualTo("American Express");
            assertThat(card.isDefault()).isTrue();
        });
        assertThat(gateway.customer().find(customer.getId()).getDefaultPaymentMethod())
                .isInstanceOf(CreditCard.class);
    }

    @Test
    void cardNonceIsVaultedAsACreditCard(BraintreeGateway gateway) {
        String customerId = customer(gateway);

        PaymentMethod method = succeeded(gateway.paymentMethod()
                .create(request(customerId, "fake-valid-visa-nonce").cardholderName("Ada Lovelace")));

        assertThat(method).isInstanceOfSatisfying(CreditCard.class, card -> {
            assertThat(card.getLast4()).isEqualTo("1111");
            assertThat(card.getCardType()).isEqualTo("Visa");
            assertThat(card.getBin()).isEqualTo("411111");
            assertThat(card.getCardholderName()).isEqualTo("Ada Lovelace");
            assertThat(card.getExpirationMonth()).isEqualTo("12");
            assertThat(card.getCustomerId()).isEqualTo(customerId);
            assertThat(card.isDefault()).isTrue();
            assertThat(card.getToken()).matches("[a-z0-9]{7}");
        });
    }

    @Test
    void walletAndPayPalNoncesAreVaultedAsTheirOwnKinds(BraintreeGateway gateway) {
        String customerId = customer(gateway);

        PaymentMethod applePay =
                succeeded(gateway.paymentMethod().create(request(customerId, "fake-apple-pay-amex-nonce")));
        PaymentMethod googlePay =
                succeeded(gateway.paymentMethod().create(request(customerId, "fake-android-pay-mastercard-nonce")));
        PaymentMethod payPal =
                succeeded(gateway.paymentMethod().create(request(customerId, "fake-paypal-billing-agreement-nonce")));

        assertThat(applePay).isInstanceOfSatisfying(ApplePayCard.class, card -> {
            assertThat(card.getCardType()).isEqualTo("Apple Pay - American Express");
            assertThat(card.getSourceDescription()).isEqualTo("AmEx 41002");
        });
        assertThat(googlePay).isInstanceOfSatisfying(AndroidPayCard.class, card -> {
            assertThat(card.getCardType()).isEqualTo("MasterCard");
            assertThat(card.getSourceCardLast4()).isEqualTo("0005");
        });
        assertThat(payPal)
                .isInstanceOfSatisfying(
                        PayPalAccount.class,
                        account -> assertThat(account.getEmail()).isEqualTo("payer@example.com"));
        assertThat(gateway.customer().find(customerId).getPaymentMethods()).hasSize(3);
    }

    @Test
    void oneTimePayPalNonceCannotBeVaulted(BraintreeGateway gateway) {
        Result<? extends PaymentMethod> result =
                gateway.paymentMethod().create(request(customer(gateway), "fake-paypal-one-time-nonce"));

        assertThat(result.getErrors().forObject("paypalAccount").onField("base"))
                .extracting(error -> error.getCode())
                .containsExactly(ValidationErrorCode.PAYPAL_ACCOUNT_CANNOT_VAULT_ONE_TIME_USE_PAYPAL_ACCOUNT);
    }

    @Test
    void vaultingValidatesCustomerAndNonce(BraintreeGateway gateway) {
        String customerId = customer(gateway);

        assertThat(codes(gateway.paymentMethod()
                        .create(new PaymentMethodRequest().paymentMethodNonce("fake-valid-nonce"))))
                .containsExactly(ValidationErrorCode.PAYMENT_METHOD_CUSTOMER_ID_IS_REQUIRED);
        assertThat(codes(gateway.paymentMethod().create(request("nobody", "fake-valid-nonce"))))
                .containsExactly(ValidationErrorCode.PAYMENT_METHOD_CUSTOMER_ID_IS_INVALID);
        assertThat(codes(gateway.paymentMethod().create(request(customerId, "fake-no-such-nonce"))))
                .containsExactly(ValidationErrorCode.PAYMENT_METHOD_PAYMENT_METHOD_NONCE_UNKNOWN);
        assertThat(codes(gateway.paymentMethod().create(request(customerId, "fake-consumed-nonce"))))
                .containsExactly(ValidationErrorCode.PAYMENT_METHOD_PAYMENT_METHOD_NONCE_CONSUMED);
        assertThat(codes(gateway.paymentMethod().create(new PaymentMethodRequest().customerId(customerId))))
                .containsExactly(ValidationErrorCode.PAYMENT_METHOD_NONCE_IS_REQUIRED);
    }

    @Test
    void verifiedCardCarriesItsVerification(BraintreeGateway gateway) {
        PaymentMethod method = succeeded(gateway.paymentMethod()
                .create(request(customer(gateway), "fake-valid-nonce")
                        .options()
                        .verifyCard(true)
                        .done()));

        assertThat(((CreditCard) method).getVerification().getStatus())
                .isEqualTo(CreditCardVerification.Status.VERIFIED);
    }

    @Test
    void processorDeclinedCardFailsVerificationAndIsNotVaulted(BraintreeGateway gateway) {
        String customerId = customer(gateway);

        Result<? extends PaymentMethod> result = gateway.paymentMethod()
                .create(request(customerId, "fake-processor-declined-visa-nonce")
                        .options()
                        .verifyCard(true)
                        .done());

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getErrors().deepSize()).isZero();
        assertThat(result.getCreditCardVerification().getStatus())
                .isEqualTo(CreditCardVerification.Status.PROCESSOR_DECLINED);
        assertThat(result.getCreditCardVerification().getProcessorResponseCode())
                .isEqualTo("2000");
        assertThat(gateway.customer().find(customerId).getPaymentMethods()).isEmpty();
    }

    @Test
    void vaultedMethodCanBeFoundAndDeleted(BraintreeGateway gateway) {
        String token = succeeded(gateway.paymentMethod().create(request(customer(gateway), "fake-valid-nonce")))
                .getToken();

        assertThat(gateway.paymentMethod().find(token)).isInstanceOf(CreditCard.class);
        assertThat(gateway.paymentMethod().delete(token).isSuccess()).isTrue();
        assertThatThrownBy(() -> gateway.paymentMethod().find(token)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gateway.paymentMethod().delete(token)).isInstanceOf(NotFoundException.class);
        assertThat(codes(gateway.transaction().sale(byToken(token))))
                .containsExactly(ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_TOKEN_IS_INVALID);
    }

    @Test
    void makeDefaultMovesTheDefaultAndDeletingItPromotesTheOldest(BraintreeGateway gateway) {
        String customerId = customer(gateway);
        String first = succeeded(gateway.paymentMethod().create(request(customerId, "fake-valid-nonce")))
                .getToken();
        String second = succeeded(gateway.paymentMethod()
                        .create(request(customerId, "fake-valid-visa-nonce")
                                .options()
                                .makeDefault(true)
                                .done()))
                .getToken();

        assertThat(gateway.customer().find(customerId).getDefaultPaymentMethod().getToken())
                .isEqualTo(second);
        gateway.paymentMethod().delete(second);
        assertThat(gateway.customer().find(customerId).getDefaultPaymentMethod().getToken())
                .isEqualTo(first);
    }

    @Test
    void saleWithAVaultedTokenChargesTheStoredMethod(BraintreeGateway gateway) {
        String customerId = customer(gateway);
        String token = succeeded(gateway.paymentMethod().create(request(customerId, "fake-valid-discover-nonce")))
                .getToken();

        Transaction sale = succeeded(gateway.transaction().sale(byToken(token).orderId("ord-token")));

        assertThat(sale.getCreditCard().getToken()).isEqualTo(token);
        assertThat(sale.getCreditCard().getCardType()).isEqualTo("Discover");
        assertThat(sale.getCustomer().getId()).isEqualTo(customerId);
        succeeded(gateway.transaction().sale(byToken(token)));
    }

    @Test
    void saleWithATokenOfAnotherCustomerIsRejected(BraintreeGateway gateway) {
        String token = succeeded(gateway.paymentMethod().create(request(customer(gateway), "fake-valid-nonce")))
                .getToken();

        assertThat(codes(gateway.transaction().sale(byToken(token).customerId(customer(gateway)))))
                .containsExactly(ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_DOES_NOT_BELONG_TO_CUSTOMER);
    }

    @Test
    void deletedCustomerTakesItsMethodsWithIt(BraintreeGateway gateway) {
        String customerId = customer(gateway);
        String token = succeeded(gateway.paymentMethod().create(request(customerId, "fake-valid-nonce")))
                .getToken();

        assertThat(gateway.customer().delete(customerId).isSuccess()).isTrue();

        assertThatThrownBy(() -> gateway.customer().find(customerId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> gateway.paymentMethod().find(token)).isInstanceOf(NotFoundException.class);
    }

    private static String customer(BraintreeGateway gateway) {
        return succeeded(gateway.customer().create(new CustomerRequest())).getId();
    }

    private static PaymentMethodRequest request(String customerId, String nonce) {
        return new PaymentMethodRequest().customerId(customerId).paymentMethodNonce(nonce);
    }

    private static TransactionRequest byToken(String token) {
        return new TransactionRequest().amount(new BigDecimal("10.00")).paymentMethodToken(token);
    }
}
