/**
 * Traces in every Paystream service: Spring Boot's OpenTelemetry support, configured by the shared defaults that
 * {@link io.paystream.tracing.PaystreamDefaults} loads, and {@link io.paystream.tracing.TraceParent} for outboxes.
 */
package io.paystream.tracing;
