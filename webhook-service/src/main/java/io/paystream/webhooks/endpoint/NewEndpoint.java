package io.paystream.webhooks.endpoint;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /v1/webhook-endpoints}. */
public record NewEndpoint(
        @NotNull String url,
        @NotEmpty @Size(max = 20) List<@NotNull String> eventTypes,
        @Size(max = 500) String description) {}
