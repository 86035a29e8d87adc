package io.paystream.wallet.web;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.edge.problem.ProblemType;
import io.paystream.wallet.method.WalletRefused;
import io.paystream.wallet.vault.MerchantVaults;
import io.paystream.wallet.vault.VaultRejection;
import io.paystream.wallet.vault.VaultUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The wallet's refusals and the vault's answers as problems of the catalogue: a nonce Braintree refused is a 422, a
 * Braintree that does not answer a 503.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WalletProblems {

    static final ProblemType PAYMENT_METHOD_NOT_FOUND =
            new ProblemType("payment-method-not-found", HttpStatus.NOT_FOUND, "No such payment method");
    static final ProblemType PAYMENT_METHOD_TYPE_MISMATCH = new ProblemType(
            "payment-method-type-mismatch",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "The nonce is for another type of payment method");
    static final ProblemType DEFAULT_REQUIRED =
            new ProblemType("default-required", HttpStatus.CONFLICT, "A wallet always has a default method");
    static final ProblemType WALLET_FULL =
            new ProblemType("wallet-full", HttpStatus.CONFLICT, "The wallet holds as many methods as it may");

    static final ProblemType PAYMENT_METHOD_REJECTED = new ProblemType(
            "payment-method-rejected", HttpStatus.UNPROCESSABLE_CONTENT, "Braintree did not accept the method");

    static final ProblemType MERCHANT_NOT_CONFIGURED = new ProblemType(
            "merchant-not-configured",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "The merchant has no payment gateway credentials yet");

    @ExceptionHandler(MerchantVaults.MerchantNotConfigured.class)
    ResponseEntity<ProblemDetail> notConfigured(
            MerchantVaults.MerchantNotConfigured notConfigured, HttpServletRequest request) {
        return ProblemResponses.answer(
                new ProblemException(MERCHANT_NOT_CONFIGURED, notConfigured.getMessage()), request);
    }

    @ExceptionHandler(WalletRefused.class)
    ResponseEntity<ProblemDetail> refused(WalletRefused refused, HttpServletRequest request) {
        return ProblemResponses.answer(new ProblemException(typeOf(refused.refusal()), refused.getMessage()), request);
    }

    @ExceptionHandler(VaultRejection.class)
    ResponseEntity<ProblemDetail> rejected(VaultRejection rejected, HttpServletRequest request) {
        return ProblemResponses.answer(
                new ProblemException(
                        PAYMENT_METHOD_REJECTED,
                        "Braintree did not accept this payment method: " + rejected.getMessage(),
                        Map.of("gatewayCode", rejected.code()),
                        null),
                request);
    }

    @ExceptionHandler(VaultUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(VaultUnavailable unavailable, HttpServletRequest request) {
        return ProblemResponses.answer(
                new ProblemException(
                        EdgeProblem.SERVICE_UNAVAILABLE,
                        "The payment gateway is not answering; nothing was changed, try again shortly",
                        Map.of(),
                        Duration.ofSeconds(5)),
                request);
    }

    static ProblemType typeOf(WalletRefused.Refusal refusal) {
        return switch (refusal) {
            case PAYMENT_METHOD_NOT_FOUND -> PAYMENT_METHOD_NOT_FOUND;
            case PAYMENT_METHOD_TYPE_MISMATCH -> PAYMENT_METHOD_TYPE_MISMATCH;
            case DEFAULT_REQUIRED -> DEFAULT_REQUIRED;
            case WALLET_FULL -> WALLET_FULL;
            case IDEMPOTENCY_KEY_IN_FLIGHT -> EdgeProblem.IDEMPOTENCY_KEY_IN_FLIGHT;
            case IDEMPOTENCY_KEY_REUSED -> EdgeProblem.IDEMPOTENCY_KEY_REUSED;
        };
    }
}
