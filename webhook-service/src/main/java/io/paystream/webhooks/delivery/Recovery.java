package io.paystream.webhooks.delivery;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The body of {@code POST /v1/webhook-endpoints/{id}/recover}: resend every failed delivery made since then. */
record Recovery(@NotNull Instant since) {}
