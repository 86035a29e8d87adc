package io.paystream.orchestrator.payment;

import java.net.URI;
import org.springframework.http.ProblemDetail;

/** Problem details for payment refusals, the same whether answered now or replayed under the key later. */
public final class PaymentProblems {

    public static final String TYPE_BASE = "https://paystream.dev/problems/";

    private PaymentProblems() {}

    public static ProblemDetail of(PaymentProblem refused) {
        return problem(refused.status().value(), refused.type(), refused.getMessage());
    }

    public static ProblemDetail problem(int status, String type, String detail) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }
}
