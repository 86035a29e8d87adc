package io.paystream.orchestrator.idempotency;

/** The answer a request got, kept under its idempotency key; {@code replayed} when it is given again. */
public record StoredResponse(int status, String body, boolean replayed) {}
