package io.paystream.wallet.method;

import org.springframework.http.HttpStatus;

/** A request the wallet refuses, with the stable problem type clients branch on. */
public class WalletProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    WalletProblem(HttpStatus status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    static WalletProblem notFound() {
        return new WalletProblem(HttpStatus.NOT_FOUND, "payment-method-not-found", "No such payment method");
    }

    public HttpStatus status() {
        return status;
    }

    /** The last segment of the problem's {@code type} URI. */
    public String type() {
        return type;
    }
}
