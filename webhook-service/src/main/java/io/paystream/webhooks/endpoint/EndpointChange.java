package io.paystream.webhooks.endpoint;

import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code PATCH /v1/webhook-endpoints/{id}}: what is given is changed, the rest kept. */
public record EndpointChange(
        String url,
        @Size(min = 1, max = 20) List<String> eventTypes,
        @Size(max = 500) String description,
        EndpointStatus status) {}
