package io.paystream.orchestrator.payment;

import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.edge.problem.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problem type of each refusal of a payment, whether answered now or kept under an idempotency key. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PaymentProblems {

    static final ProblemType PAYMENT_NOT_FOUND =
            new ProblemType("payment-not-found", HttpStatus.NOT_FOUND, "No such payment");
    static final ProblemType PAYMENT_METHOD_NOT_FOUND =
            new ProblemType("payment-method-not-found", HttpStatus.NOT_FOUND, "No such payment method");
    static final ProblemType OPERATION_NOT_ALLOWED = new ProblemType(
            "operation-not-allowed", HttpStatus.CONFLICT, "The payment's state does not allow this operation");
    static final ProblemType AMOUNT_EXCEEDS_LIMIT = new ProblemType(
            "amount-exceeds-limit", HttpStatus.UNPROCESSABLE_CONTENT, "The amount is more than can be moved");
    static final ProblemType REFUND_SPANS_CAPTURES = new ProblemType(
            "refund-spans-captures", HttpStatus.UNPROCESSABLE_CONTENT, "No single capture can cover this refund");

    /** The problem a failure is, when it is a refusal of the payment's. */
    static Optional<ProblemException> of(RuntimeException failure) {
        return failure instanceof PaymentRefused refused
                ? Optional.of(new ProblemException(typeOf(refused.refusal()), refused.getMessage()))
                : Optional.empty();
    }

    static ProblemType typeOf(PaymentRefused.Refusal refusal) {
        return switch (refusal) {
            case PAYMENT_NOT_FOUND -> PAYMENT_NOT_FOUND;
            case PAYMENT_METHOD_NOT_FOUND -> PAYMENT_METHOD_NOT_FOUND;
            case OPERATION_NOT_ALLOWED -> OPERATION_NOT_ALLOWED;
            case AMOUNT_EXCEEDS_LIMIT -> AMOUNT_EXCEEDS_LIMIT;
            case REFUND_SPANS_CAPTURES -> REFUND_SPANS_CAPTURES;
        };
    }

    @ExceptionHandler(PaymentRefused.class)
    ResponseEntity<ProblemDetail> refused(PaymentRefused refused, HttpServletRequest request) {
        return ProblemResponses.answer(of(refused).orElseThrow(), request);
    }
}
