package io.paystream.wallet.method;

import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** A request the wallet refuses, with the stable problem type clients branch on. */
public class WalletProblem extends ProblemException {

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

    WalletProblem(ProblemType type, String detail) {
        super(type, detail);
    }

    static WalletProblem notFound() {
        return new WalletProblem(PAYMENT_METHOD_NOT_FOUND, "No such payment method");
    }
}
