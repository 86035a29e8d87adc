package io.paystream.merchants.web;

import io.paystream.credentials.CredentialsUnreadable;
import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.edge.problem.ProblemType;
import io.paystream.merchants.merchant.MerchantRefused;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The merchant service's refusals as problems of the catalogue. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MerchantProblems {

    private static final Logger log = LoggerFactory.getLogger(MerchantProblems.class);

    static final ProblemType MERCHANT_NOT_FOUND =
            new ProblemType("merchant-not-found", HttpStatus.NOT_FOUND, "No such merchant");
    static final ProblemType MERCHANT_EXISTS =
            new ProblemType("merchant-exists", HttpStatus.CONFLICT, "A merchant with this id exists already");
    static final ProblemType API_KEY_NOT_FOUND =
            new ProblemType("api-key-not-found", HttpStatus.NOT_FOUND, "No such API key");
    static final ProblemType API_KEY_ALREADY_ISSUED = new ProblemType(
            "api-key-already-issued",
            HttpStatus.CONFLICT,
            "This Idempotency-Key issued a key already; a key is shown only once");
    static final ProblemType CREDENTIALS_UNREADABLE = new ProblemType(
            "credentials-unreadable",
            HttpStatus.SERVICE_UNAVAILABLE,
            "The merchant's credentials cannot be opened with the key-encryption keys at hand");

    @ExceptionHandler(MerchantRefused.class)
    ResponseEntity<ProblemDetail> refused(MerchantRefused refused, HttpServletRequest request) {
        return ProblemResponses.answer(new ProblemException(typeOf(refused.refusal()), refused.getMessage()), request);
    }

    /** A retired or missing key-encryption key: an operator's matter, named in the log, not in the answer. */
    @ExceptionHandler(CredentialsUnreadable.class)
    ResponseEntity<ProblemDetail> unreadable(CredentialsUnreadable unreadable, HttpServletRequest request) {
        log.error("Sealed credentials could not be opened: {}", unreadable.getMessage());
        return ProblemResponses.answer(
                new ProblemException(CREDENTIALS_UNREADABLE, "An operator has been told; nothing was changed"),
                request);
    }

    static ProblemType typeOf(MerchantRefused.Refusal refusal) {
        return switch (refusal) {
            case MERCHANT_NOT_FOUND -> MERCHANT_NOT_FOUND;
            case MERCHANT_EXISTS -> MERCHANT_EXISTS;
            case API_KEY_NOT_FOUND -> API_KEY_NOT_FOUND;
            case API_KEY_ALREADY_ISSUED -> API_KEY_ALREADY_ISSUED;
        };
    }
}
