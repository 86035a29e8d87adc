package io.paystream.braintree.simulator;

import static io.paystream.braintree.simulator.Sales.codes;
import static io.paystream.braintree.simulator.Sales.sale;
import static io.paystream.braintree.simulator.Sales.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.ProcessorResponseType;
import com.braintreegateway.Result;
import com.braintreegateway.Transaction;
import com.braintreegateway.TransactionRequest;
import com.braintreegateway.ValidationErrorCode;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(SimulatorExtension.class)
class SaleTests {

    @Test
    void saleWithTheValidNonceIsAuthorizedOnAVisaCard(BraintreeGateway gateway) {
        Transaction sale = succeeded(
                gateway.transaction().sale(sale("10.00", "fake-valid-nonce").orderId("ord-1")));

        assertThat(sale.getStatus()).isEqualTo(Transaction.Status.AUTHORIZED);
        assertThat(sale.getType()).isEqualTo(Transaction.Type.SALE);
        assertThat(sale.getAmount()).isEqualByComparingTo("10.00");
        assertThat(sale.getOrderId()).isEqualTo("ord-1");
        assertThat(sale.getCurrencyIsoCode()).isEqualTo("USD");
        assertThat(sale.getMerchantAccountId()).isEqualTo("paystream_usd");
        assertThat(sale.getProcessorResponseCode()).isEqualTo("1000");
        assertThat(sale.getProcessorResponseText()).isEqualTo("Approved");
        assertThat(sale.getProcessorResponseType()).isEqualTo(ProcessorResponseType.APPROVED);
        assertThat(sale.getProcessorAuthorizationCode()).hasSize(6);
        assertThat(sale.getPaymentInstrumentType()).isEqualTo("credit_card");
        assertThat(sale.getId()).matches("[a-z0-9]{8}");
        assertThat(sale.getCreatedAt()).isNotNull();
        assertThat(sale.getCreditCard().getCardType()).isEqualTo("Visa");
        assertThat(sale.getCreditCard().getBin()).isEqualTo("401288");
        assertThat(sale.getCreditCard().getLast4()).isEqualTo("1881");
        assertThat(sale.getCreditCard().getExpirationMonth()).isEqualTo("12");
        assertThat(sale.getCreditCard().getExpirationYear())
                .isEqualTo(Year.now().plusYears(1).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "fake-valid-visa-nonce, Visa, 1111",
        "fake-valid-mastercard-nonce, MasterCard, 4444",
        "fake-valid-amex-nonce, American Express, 0005",
        "fake-valid-discover-nonce, Discover, 1117",
        "fake-valid-jcb-nonce, JCB, 0000",
        "fake-valid-dinersclub-nonce, Diners Club, 5904"
    })
    void saleWithACardBrandNonceReportsThatBrand(String nonce, String brand, String last4, BraintreeGateway gateway) {
        Transaction sale = succeeded(gateway.transaction().sale(sale("10.00", nonce)));

        assertThat(sale.getCreditCard().getCardType()).isEqualTo(brand);
        assertThat(sale.getCreditCard().getLast4()).isEqualTo(last4);
    }

    @Test
    void saleWithAnApplePayNonceExposesApplePayDetails(BraintreeGateway gateway) {
        Transaction sale = succeeded(gateway.transaction().sale(sale("10.00", "fake-apple-pay-visa-nonce")));

        assertThat(sale.getPaymentInstrumentType()).isEqualTo("apple_pay_card");
        assertThat(sale.getApplePayDetails().getCardType()).isEqualTo("Apple Pay - Visa");
        assertThat(sale.getApplePayDetails().getLast4()).isEqualTo("1881");
        assertThat(sale.getApplePayDetails().getSourceDescription()).isEqualTo("Visa 8886");
        assertThat(sale.getApplePayDetails().getPaymentInstrumentName()).isEqualTo("Visa 8886");
        assertThat(sale.getCreditCard())
                .satisfiesAnyOf(
                        card -> assertThat(card).isNull(),
                        card -> assertThat(card.getLast4()).isNull());
    }

    @Test
    void saleWithAGooglePayNonceExposesAndroidPayDetails(BraintreeGateway gateway) {
        Transaction sale = succeeded(gateway.transaction().sale(sale("10.00", "fake-android-pay-visa-nonce")));

        assertThat(sale.getPaymentInstrumentType()).isEqualTo("android_pay_card");
        assertThat(sale.getAndroidPayDetails().getCardType()).isEqualTo("Visa");
        assertThat(sale.getAndroidPayDetails().getLast4()).isEqualTo("1881");
        assertThat(sale.getAndroidPayDetails().getSourceCardLast4()).isEqualTo("1111");
        assertThat(sale.getAndroidPayDetails().getSourceDescription()).isEqualTo("Visa 1111");
        assertThat(sale.getAndroidPayDetails().isNetworkTokenized()).isTrue();
    }

    @Test
    void saleWithAPayPalOneTimeNonceExposesThePayerEmail(BraintreeGateway gateway) {
        Transaction sale = succeeded(gateway.transaction().sale(sale("10.00", "fake-paypal-one-time-nonce")));

        assertThat(sale.getPaymentInstrumentType()).isEqualTo("paypal_account");
        assertThat(sale.getPayPalDetails().getPayerEmail()).isEqualTo("payer@example.com");
        assertThat(sale.getPayPalDetails().getPaymentId()).startsWith("PAYID-");
    }

    @Test
    void saleWithSubmitForSettlementIsCapturedAtOnce(BraintreeGateway gateway) {
        TransactionRequest request = sale("12.34", "fake-valid-nonce")
                .options()
                .submitForSettlement(true)
                .done();

        Transaction sale = succeeded(gateway.transaction().sale(request));

        assertThat(sale.getStatus()).isEqualTo(Transaction.Status.SUBMITTED_FOR_SETTLEMENT);
        assertThat(sale.getStatusHistory())
                .extracting(event -> event.getStatus())
                .containsExactly(Transaction.Status.AUTHORIZED, Transaction.Status.SUBMITTED_FOR_SETTLEMENT);
    }

    @ParameterizedTest
    @CsvSource({
        "2000.00, 2000, Do Not Honor, SOFT_DECLINED",
        "2001.00, 2001, Insufficient Funds, SOFT_DECLINED",
        "2015.00, 2015, Transaction Not Allowed, HARD_DECLINED",
        "2046.00, 2046, Declined, SOFT_DECLINED",
        "2999.99, 2999, Processor Declined, SOFT_DECLINED"
    })
    void amountsFrom2000To2999AreProcessorDeclinedWithTheAmountAsCode(
            String amount, String code, String text, ProcessorResponseType type, BraintreeGateway gateway) {
        Result<Transaction> result = gateway.transaction().sale(sale(amount, "fake-valid-nonce"));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getErrors().deepSize()).isZero();
        assertThat(result.getMessage()).isEqualTo(text);
        Transaction declined = result.getTransaction();
        assertThat(declined.getStatus()).isEqualTo(Transaction.Status.PROCESSOR_DECLINED);
        assertThat(declined.getProcessorResponseCode()).isEqualTo(code);
        assertThat(declined.getProcessorResponseText()).isEqualTo(text);
        assertThat(declined.getProcessorResponseType()).isEqualTo(type);
        assertThat(declined.getAdditionalProcessorResponse()).isEqualTo(code + " : " + text);
    }

    @Test
    void amount3000IsAProcessorFailure(BraintreeGateway gateway) {
        Result<Transaction> result = gateway.transaction().sale(sale("3000.00", "fake-valid-nonce"));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getTransaction().getStatus()).isEqualTo(Transaction.Status.FAILED);
        assertThat(result.getTransaction().getProcessorResponseCode()).isEqualTo("3000");
        assertThat(result.getMessage()).isEqualTo("Processor Network Unavailable - Try Again");
    }

    @Test
    void amount5001IsGatewayRejectedAsApplicationIncomplete(BraintreeGateway gateway) {
        Result<Transaction> result = gateway.transaction().sale(sale("5001.00", "fake-valid-nonce"));

        assertThat(result.getTransaction().getStatus()).isEqualTo(Transaction.Status.GATEWAY_REJECTED);
        assertThat(result.getTransaction().getGatewayRejectionReason())
                .isEqualTo(Transaction.GatewayRejectionReason.APPLICATION_INCOMPLETE);
        assertThat(result.getMessage()).isEqualTo("Gateway Rejected: application_incomplete");
    }

    @Test
    void processorDeclinedNonceDeclinesTheSaleWith2000(BraintreeGateway gateway) {
        Result<Transaction> result = gateway.transaction().sale(sale("10.00", "fake-processor-declined-visa-nonce"));

        assertThat(result.getTransaction().getStatus()).isEqualTo(Transaction.Status.PROCESSOR_DECLINED);
        assertThat(result.getTransaction().getProcessorResponseCode()).isEqualTo("2000");
    }

    @Test
    void declinedSaleIsRecordedAndFindable(BraintreeGateway gateway, BraintreeSimulator simulator) {
        Result<Transaction> result =
                gateway.transaction().sale(sale("2046.00", "fake-valid-nonce").orderId("ord-declined"));

        Transaction found = gateway.transaction().find(result.getTransaction().getId());

        assertThat(found.getStatus()).isEqualTo(Transaction.Status.PROCESSOR_DECLINED);
        assertThat(simulator.transactionsForOrder("ord-declined"))
                .singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo("processor_declined"));
    }

    @Test
    void amountIsValidatedLikeTheGateway(BraintreeGateway gateway) {
        assertThat(codes(gateway.transaction().sale(sale("-1.00", "fake-valid-nonce"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_AMOUNT_CANNOT_BE_NEGATIVE);
        assertThat(codes(gateway.transaction().sale(sale("0.00", "fake-valid-nonce"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_AMOUNT_MUST_BE_GREATER_THAN_ZERO);
        assertThat(codes(gateway.transaction().sale(sale("1E+1", "fake-valid-nonce"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_AMOUNT_FORMAT_IS_INVALID);
        assertThat(codes(gateway.transaction().sale(sale("10.001", "fake-valid-nonce"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_AMOUNT_FORMAT_IS_INVALID);
        assertThat(codes(gateway.transaction().sale(new TransactionRequest().paymentMethodNonce("fake-valid-nonce"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_AMOUNT_IS_REQUIRED);
    }

    @Test
    void amountErrorIsReportedOnTheTransactionAmountField(BraintreeGateway gateway) {
        Result<Transaction> result = gateway.transaction().sale(sale("-1.00", "fake-valid-nonce"));

        assertThat(result.getErrors().forObject("transaction").onField("amount"))
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).isEqualTo("Amount cannot be negative."));
        assertThat(result.getParameters()).containsEntry("transaction[amount]", "-1.00");
    }

    @Test
    void everyValidationErrorIsReportedAtOnce(BraintreeGateway gateway) {
        TransactionRequest request = new TransactionRequest()
                .amount(new BigDecimal("-5"))
                .orderId("x".repeat(256))
                .merchantAccountId("no_such_account")
                .paymentMethodNonce("not-a-nonce");

        assertThat(codes(gateway.transaction().sale(request)))
                .containsExactlyInAnyOrder(
                        ValidationErrorCode.TRANSACTION_AMOUNT_CANNOT_BE_NEGATIVE,
                        ValidationErrorCode.TRANSACTION_ORDER_ID_IS_TOO_LONG,
                        ValidationErrorCode.TRANSACTION_MERCHANT_ACCOUNT_ID_IS_INVALID,
                        ValidationErrorCode.TRANSACTION_PAYMENT_METHOD_NONCE_UNKNOWN);
    }

    @Test
    void saleWithoutNonceOrTokenCannotDetermineThePaymentMethod(BraintreeGateway gateway) {
        Result<Transaction> result =
                gateway.transaction().sale(new TransactionRequest().amount(new BigDecimal("10.00")));

        assertThat(result.getErrors().forObject("transaction").onField("base"))
                .extracting(error -> error.getCode())
                .containsExactly(ValidationErrorCode.TRANSACTION_CREDIT_CARD_IS_REQUIRED);
    }

    @Test
    void saleOnAnotherMerchantAccountUsesItsCurrencyAndDecimals(BraintreeGateway gateway) {
        Transaction yen = succeeded(
                gateway.transaction().sale(sale("1500", "fake-valid-nonce").merchantAccountId("paystream_jpy")));

        assertThat(yen.getCurrencyIsoCode()).isEqualTo("JPY");
        assertThat(yen.getAmount()).isEqualByComparingTo("1500");
        assertThat(codes(gateway.transaction()
                        .sale(sale("10.50", "fake-valid-nonce").merchantAccountId("paystream_jpy"))))
                .containsExactly(ValidationErrorCode.TRANSACTION_AMOUNT_FORMAT_IS_INVALID);
    }
}
