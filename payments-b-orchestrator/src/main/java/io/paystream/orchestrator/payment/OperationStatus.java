package io.paystream.orchestrator.payment;

/** How an operation ended, or PENDING while the platform works on it. */
public enum OperationStatus {
    PENDING,
    SUCCEEDED,
    DECLINED,
    FAILED,
    UNKNOWN;

    boolean isOpen() {
        return this == PENDING || this == UNKNOWN;
    }
}
