package io.paystream.platform.execution;

import io.paystream.platform.gateway.GatewayOutcome;

/** Where an operation stands. Only the three final ones have an event. */
enum ExecutionStatus {
    /** Claimed by a delivery; the gateway may or may not have been called yet. */
    STARTED,
    SUCCEEDED,
    DECLINED,
    FAILED,
    /** The gateway did not answer and has not told us since: the reconciler asks it again. */
    UNKNOWN,
    /** A partial refund waiting for its capture to settle. */
    WAITING;

    boolean isFinal() {
        return this == SUCCEEDED || this == DECLINED || this == FAILED;
    }

    static ExecutionStatus of(GatewayOutcome.Final outcome) {
        return switch (outcome) {
            case GatewayOutcome.Succeeded succeeded -> SUCCEEDED;
            case GatewayOutcome.Declined declined -> DECLINED;
            case GatewayOutcome.Failed failed -> FAILED;
        };
    }
}
