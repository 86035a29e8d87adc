package io.paystream.webhooks.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A delivery as the API shows it, with every attempt: when, the status code, how long, the answer's first 1 KiB. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        String id,
        String endpointId,
        String eventId,
        String eventType,
        DeliveryStatus status,
        int attemptCount,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant endedAt,
        List<Attempt> attempts) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(
            int number, Instant attemptedAt, Integer statusCode, long latencyMillis, String error, String response) {}

    DeliveryView withAttempts(List<Attempt> made) {
        return new DeliveryView(
                id, endpointId, eventId, eventType, status, attemptCount, nextAttemptAt, createdAt, endedAt, made);
    }
}
