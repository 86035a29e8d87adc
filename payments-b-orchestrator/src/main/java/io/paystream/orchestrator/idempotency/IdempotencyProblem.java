package io.paystream.orchestrator.idempotency;

import org.springframework.http.HttpStatus;

/** A key that cannot be used now: in flight (409) or used for a different request (422). */
public class IdempotencyProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    IdempotencyProblem(HttpStatus status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }
}
