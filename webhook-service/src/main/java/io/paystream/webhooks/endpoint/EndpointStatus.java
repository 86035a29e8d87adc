package io.paystream.webhooks.endpoint;

/** Whether an endpoint is sent to. The service disables one on a 410 or after five days of failures. */
public enum EndpointStatus {
    ENABLED,
    DISABLED
}
