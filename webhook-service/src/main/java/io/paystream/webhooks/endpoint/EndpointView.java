package io.paystream.webhooks.endpoint;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** An endpoint as the API shows it; {@code secret} only in the answer that made it (creation, rotation). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndpointView(
        String id,
        String url,
        List<String> eventTypes,
        String description,
        EndpointStatus status,
        String disabledReason,
        Instant createdAt,
        Instant updatedAt,
        String secret) {

    static EndpointView of(WebhookEndpoint endpoint) {
        return of(endpoint, null);
    }

    static EndpointView of(WebhookEndpoint endpoint, String secret) {
        return new EndpointView(
                endpoint.id(),
                endpoint.url(),
                endpoint.eventTypes(),
                endpoint.description(),
                endpoint.status(),
                endpoint.disabledReason(),
                endpoint.createdAt(),
                endpoint.updatedAt(),
                secret);
    }

    /** The same view showing {@code secret}: a replayed creation's answer. */
    EndpointView withSecret(String shown) {
        return new EndpointView(id, url, eventTypes, description, status, disabledReason, createdAt, updatedAt, shown);
    }
}
