package io.paystream.webhooks.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.paystream.contracts.PaymentEvent;
import io.paystream.webhooks.endpoint.EventType;
import java.time.Instant;

/**
 * A webhook's body (ARCHITECTURE §14): {@code {id, type, createdAt, data}}, {@code data} the payment as the event
 * tells it, with the event's {@code sequence} (the payment's operation number) so an endpoint can put a payment's
 * events in order. Built from the event alone: a webhook costs no call to the orchestrator.
 */
record WebhookPayload(String id, String type, Instant createdAt, Payment data) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Payment(
            String paymentId,
            String orderId,
            String customerId,
            String operationId,
            long sequence,
            long amount,
            String currency,
            String paymentMethodType,
            String gatewayTransactionId,
            String reversalMethod,
            String failureCode,
            String failureMessage,
            Instant occurredAt) {}

    static WebhookPayload of(String id, EventType type, PaymentEvent event) {
        return new WebhookPayload(
                id,
                type.wireName(),
                event.occurredAt(),
                new Payment(
                        event.paymentId(),
                        event.orderId(),
                        event.customerId(),
                        event.operationId(),
                        event.sequence(),
                        event.amount(),
                        event.currency(),
                        event.paymentMethodType() == null
                                ? null
                                : event.paymentMethodType().name(),
                        event.gatewayTransactionId(),
                        event.reversalMethod() == null
                                ? null
                                : event.reversalMethod().name(),
                        event.failureCode(),
                        event.failureMessage(),
                        event.occurredAt()));
    }
}
