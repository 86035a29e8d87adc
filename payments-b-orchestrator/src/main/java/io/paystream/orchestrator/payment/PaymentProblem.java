package io.paystream.orchestrator.payment;

import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** An operation the payment refuses, with the stable problem type clients branch on; kept under the key. */
public class PaymentProblem extends ProblemException {

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

    PaymentProblem(ProblemType type, String detail) {
        super(type, detail);
    }

    static PaymentProblem notFound() {
        return new PaymentProblem(PAYMENT_NOT_FOUND, "No such payment");
    }

    static PaymentProblem notAllowed(String detail) {
        return new PaymentProblem(OPERATION_NOT_ALLOWED, detail);
    }

    static PaymentProblem tooMuch(String detail) {
        return new PaymentProblem(AMOUNT_EXCEEDS_LIMIT, detail);
    }
}
