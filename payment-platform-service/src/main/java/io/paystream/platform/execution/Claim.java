package io.paystream.platform.execution;

/** What a delivery may do with its operation, decided by the execution row. */
sealed interface Claim {

    /** This delivery owns the operation; {@code attempts > 1} means an earlier one may have reached the gateway. */
    record Owned(int attempts) implements Claim {}

    /** The operation has ended; its event is published again for whoever missed it. */
    record Finished(String event) implements Claim {}

    /** Another delivery or the reconciler is working on it right now. */
    record Busy() implements Claim {}

    /** UNKNOWN or WAITING: the reconciler owns it. */
    record Parked(ExecutionStatus status) implements Claim {}
}
