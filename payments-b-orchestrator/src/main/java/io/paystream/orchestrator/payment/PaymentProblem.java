package io.paystream.orchestrator.payment;

import org.springframework.http.HttpStatus;

/** An operation the payment refuses, with the stable problem type clients branch on. */
public class PaymentProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    PaymentProblem(HttpStatus status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    static PaymentProblem notFound() {
        return new PaymentProblem(HttpStatus.NOT_FOUND, "payment-not-found", "No such payment");
    }

    static PaymentProblem notAllowed(String detail) {
        return new PaymentProblem(HttpStatus.CONFLICT, "operation-not-allowed", detail);
    }

    static PaymentProblem tooMuch(String detail) {
        return new PaymentProblem(HttpStatus.UNPROCESSABLE_CONTENT, "amount-exceeds-limit", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }
}
