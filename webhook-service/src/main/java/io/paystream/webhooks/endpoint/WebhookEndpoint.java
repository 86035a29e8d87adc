package io.paystream.webhooks.endpoint;

import java.time.Instant;
import java.util.List;

/** A merchant's endpoint: where its events of {@code eventTypes} go. */
public record WebhookEndpoint(
        String id,
        String merchantId,
        String url,
        List<String> eventTypes,
        String description,
        EndpointStatus status,
        String disabledReason,
        Instant failingSince,
        Instant createdAt,
        Instant updatedAt) {}
