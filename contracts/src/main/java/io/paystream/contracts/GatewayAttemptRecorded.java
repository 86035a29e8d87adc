package io.paystream.contracts;

import java.time.Instant;

/**
 * One call the payment platform made to the gateway for an operation (on {@value AuditTopics#GATEWAY_ATTEMPTS}, keyed
 * by payment), for the audit trail: the first try, each retry and each look-up its own, sent or not. {@code call} is
 * what was asked ({@code sale}, {@code submit_for_settlement}, {@code void}, {@code refund}, {@code find}), {@code
 * outcome} what came of it ({@code SUCCEEDED}, {@code DECLINED}, {@code FAILED}, {@code UNKNOWN}, {@code TRANSIENT},
 * {@code AWAITING_SETTLEMENT}, and for a look-up {@code NOT_APPLIED}, {@code NO_RECORD}, {@code UNREADABLE}); {@code
 * actor} the part of the platform that made the call. Never a token, a nonce or card data.
 */
public record GatewayAttemptRecorded(
        String attemptId,
        String merchantId,
        String paymentId,
        String operationId,
        Operation operation,
        String call,
        String actor,
        String transactionId,
        String processorResponseCode,
        String processorResponseText,
        long latencyMillis,
        String outcome,
        Instant attemptedAt) {

    public GatewayAttemptRecorded {
        Fields.requireText(attemptId, "attemptId");
        merchantId = DefaultMerchant.orDefault(merchantId);
        Fields.requireText(paymentId, "paymentId");
        Fields.requireText(operationId, "operationId");
        Fields.require(operation, "operation");
        Fields.requireText(call, "call");
        Fields.requireText(actor, "actor");
        Fields.requireText(outcome, "outcome");
        Fields.require(attemptedAt, "attemptedAt");
    }
}
