package io.paystream.platform.gateway;

import io.paystream.contracts.PaymentMethodType;
import io.paystream.contracts.ReversalMethod;

/** What the gateway made of one operation. Every gateway answer maps to exactly one of these. */
public sealed interface GatewayOutcome {

    /** An outcome that ends the operation: it is recorded and published, never retried. */
    sealed interface Final extends GatewayOutcome permits Succeeded, Declined, Failed {}

    /**
     * The operation happened; {@code reversalMethod} says how a reversal or refund was carried out, the processor's
     * code and text what it answered (for the audit trail; absent where the gateway gave none).
     */
    record Succeeded(
            String transactionId,
            PaymentMethodType methodType,
            ReversalMethod reversalMethod,
            String processorResponseCode,
            String processorResponseText)
            implements Final {

        public Succeeded(String transactionId, PaymentMethodType methodType, ReversalMethod reversalMethod) {
            this(transactionId, methodType, reversalMethod, null, null);
        }
    }

    /** The processor or the gateway refused: final, never retried. */
    record Declined(String transactionId, String code, String message, PaymentMethodType methodType) implements Final {}

    /** The operation cannot be done and will not become possible: final. */
    record Failed(String code, String message) implements Final {}

    /** The refund must wait until the capture settles; asked again later. */
    record AwaitingSettlement(String status) implements GatewayOutcome {}

    /** No answer that says what happened (timeout, dropped connection): the operation may or may not have happened. */
    record Unknown(String reason) implements GatewayOutcome {}

    /** The gateway did not take the request (5xx, 429, connection refused, circuit open): safe to retry. */
    record Transient(String reason) implements GatewayOutcome {}
}
