package io.paystream.platform.gateway;

import com.braintreegateway.Result;
import com.braintreegateway.Transaction;
import com.braintreegateway.ValidationError;
import com.braintreegateway.exceptions.BraintreeException;
import com.braintreegateway.exceptions.GatewayTimeoutException;
import com.braintreegateway.exceptions.NotFoundException;
import com.braintreegateway.exceptions.TimeoutException;
import com.braintreegateway.exceptions.UnexpectedException;
import io.paystream.contracts.PaymentMethodType;
import io.paystream.contracts.ReversalMethod;
import java.net.ConnectException;
import java.util.List;

/** The one place where Braintree's answers (results, transactions, exceptions) become {@link GatewayOutcome}s. */
final class BraintreeAnswers {

    private BraintreeAnswers() {}

    static GatewayOutcome fromResult(Result<Transaction> result, ReversalMethod reversalMethod) {
        if (result.isSuccess()) {
            return succeeded(result.getTarget(), reversalMethod);
        }
        if (result.getTransaction() != null) {
            return fromTransaction(result.getTransaction(), reversalMethod);
        }
        List<ValidationError> errors = result.getErrors().getAllDeepValidationErrors();
        String code = errors.isEmpty() ? "validation_error" : errors.getFirst().getCode().code;
        return new GatewayOutcome.Failed(code, textOr(result.getMessage(), "Braintree refused the request: " + code));
    }

    /** A transaction as the gateway holds it: its status says what became of the operation. */
    static GatewayOutcome fromTransaction(Transaction transaction, ReversalMethod reversalMethod) {
        return switch (transaction.getStatus()) {
            case AUTHORIZED,
                    SUBMITTED_FOR_SETTLEMENT,
                    SETTLEMENT_PENDING,
                    SETTLING,
                    SETTLED,
                    SETTLEMENT_CONFIRMED,
                    VOIDED -> succeeded(transaction, reversalMethod);
            case PROCESSOR_DECLINED ->
                new GatewayOutcome.Declined(
                        transaction.getId(),
                        codeOr(transaction.getProcessorResponseCode(), "processor_declined"),
                        textOr(transaction.getProcessorResponseText(), "Processor declined"),
                        methodType(transaction));
            case GATEWAY_REJECTED ->
                new GatewayOutcome.Declined(
                        transaction.getId(),
                        "gateway_rejected",
                        "Gateway rejected: " + transaction.getGatewayRejectionReason(),
                        methodType(transaction));
            case FAILED, SETTLEMENT_DECLINED, AUTHORIZATION_EXPIRED ->
                new GatewayOutcome.Failed(
                        codeOr(
                                transaction.getProcessorResponseCode(),
                                transaction.getStatus().name().toLowerCase()),
                        textOr(transaction.getProcessorResponseText(), "Transaction " + transaction.getStatus()));
            case AUTHORIZING, UNRECOGNIZED ->
                new GatewayOutcome.Unknown("transaction " + transaction.getId() + " is " + transaction.getStatus());
        };
    }

    /**
     * Exceptions say whether the request may have reached the gateway: a read timeout or a dropped connection
     * may hide a done operation (unknown); a refused connection, 5xx, 429 or an open circuit did not (transient).
     */
    static GatewayOutcome fromException(BraintreeException exception) {
        return switch (exception) {
            case TimeoutException timeout -> new GatewayOutcome.Unknown("gateway timed out: " + timeout.getMessage());
            case GatewayTimeoutException timeout -> new GatewayOutcome.Unknown("Braintree answered 504");
            case UnexpectedException unexpected
            when !(unexpected.getCause() instanceof ConnectException) ->
                new GatewayOutcome.Unknown("connection lost: " + unexpected.getMessage());
            case NotFoundException notFound ->
                new GatewayOutcome.Failed("transaction_not_found", "Braintree has no such transaction");
            default ->
                new GatewayOutcome.Transient(exception.getClass().getSimpleName() + ": " + exception.getMessage());
        };
    }

    static PaymentMethodType methodType(Transaction transaction) {
        String instrument = transaction.getPaymentInstrumentType();
        if (instrument == null) {
            return null;
        }
        return switch (instrument) {
            case "paypal_account", "paypal_here" -> PaymentMethodType.PAYPAL;
            case "apple_pay_card" -> PaymentMethodType.APPLE_PAY;
            case "android_pay_card", "google_pay_card" -> PaymentMethodType.GOOGLE_PAY;
            default -> PaymentMethodType.CARD;
        };
    }

    private static GatewayOutcome succeeded(Transaction transaction, ReversalMethod reversalMethod) {
        return new GatewayOutcome.Succeeded(
                transaction.getId(),
                methodType(transaction),
                reversalMethod,
                transaction.getProcessorResponseCode(),
                transaction.getProcessorResponseText());
    }

    private static String codeOr(String code, String fallback) {
        return code == null || code.isBlank() ? fallback : code;
    }

    private static String textOr(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
