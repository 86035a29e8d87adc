package io.paystream.merchants.idempotency;

/** An Idempotency-Key sent again with another request than the one it was first used for. */
public class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused() {
        super("This Idempotency-Key was used with a different request; use a new key for a new request");
    }
}
