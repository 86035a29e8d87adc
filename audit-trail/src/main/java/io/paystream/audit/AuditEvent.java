package io.paystream.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened, as an audit entry records it: a request that moves or may move money, or one call to the gateway.
 * Never a token, a nonce or card data: the types hold none.
 */
public sealed interface AuditEvent {

    /** The event's name in the canonical form. */
    String name();

    /** The payment it is about. */
    String paymentId();

    /** Its fields in their canonical order, values as text, null where absent. */
    Map<String, String> fields();

    /**
     * A money-moving request as it was asked and answered: approve, deposit, reversal, refund, a review decision.
     * {@code outcome} is what the request answered (the operation's status then, or the refusal).
     */
    record MoneyRequest(
            String paymentId,
            String operationId,
            String operation,
            long amount,
            String currency,
            String idempotencyKey,
            String outcome)
            implements AuditEvent {

        public MoneyRequest {
            AuditText.require(paymentId, "paymentId");
            AuditText.require(operation, "operation");
            AuditText.require(outcome, "outcome");
        }

        @Override
        public String name() {
            return "money-request";
        }

        @Override
        public Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("paymentId", paymentId);
            fields.put("operationId", operationId);
            fields.put("operation", operation);
            fields.put("amount", Long.toString(amount));
            fields.put("currency", currency);
            fields.put("idempotencyKey", idempotencyKey);
            fields.put("outcome", outcome);
            return fields;
        }
    }

    /**
     * One call the platform made to the gateway (each retry and each reconciler look-up its own): what it asked, the
     * transaction it named or got, the processor's code and text, how long the call took, how it ended.
     */
    record GatewayAttempt(
            String paymentId,
            String operationId,
            String gatewayOperation,
            String transactionId,
            String processorResponseCode,
            String processorResponseText,
            long latencyMillis,
            String outcome)
            implements AuditEvent {

        public GatewayAttempt {
            AuditText.require(paymentId, "paymentId");
            AuditText.require(gatewayOperation, "gatewayOperation");
            AuditText.require(outcome, "outcome");
        }

        @Override
        public String name() {
            return "gateway-attempt";
        }

        @Override
        public Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("paymentId", paymentId);
            fields.put("operationId", operationId);
            fields.put("gatewayOperation", gatewayOperation);
            fields.put("transactionId", transactionId);
            fields.put("processorResponseCode", processorResponseCode);
            fields.put("processorResponseText", processorResponseText);
            fields.put("latencyMillis", Long.toString(latencyMillis));
            fields.put("outcome", outcome);
            return fields;
        }
    }
}
