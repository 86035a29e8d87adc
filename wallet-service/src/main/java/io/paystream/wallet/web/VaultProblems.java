package io.paystream.wallet.web;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.edge.problem.ProblemType;
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

/** The vault's answers as problems: a nonce Braintree refused is a 422, a Braintree that does not answer a 503. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class VaultProblems {

    static final ProblemType PAYMENT_METHOD_REJECTED = new ProblemType(
            "payment-method-rejected", HttpStatus.UNPROCESSABLE_CONTENT, "Braintree did not accept the method");

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
}
