package io.paystream.contracts;

import java.time.Instant;

/**
 * The wallet's word that a stored payment method is gone for its customer (on {@value WalletTopics#METHOD_REMOVED},
 * keyed by customer): whoever remembers the method, the orchestrator's lookups, forgets it. Written in the transaction
 * that deletes the method, so no deletion goes untold. The customer is {@code customerId} at {@code merchantId}.
 */
public record PaymentMethodRemoved(
        String eventId, String merchantId, String customerId, String paymentMethodId, Instant removedAt) {

    public PaymentMethodRemoved {
        Fields.requireText(eventId, "eventId");
        merchantId = DefaultMerchant.orDefault(merchantId);
        Fields.requireText(customerId, "customerId");
        Fields.requireText(paymentMethodId, "paymentMethodId");
        Fields.require(removedAt, "removedAt");
    }
}
