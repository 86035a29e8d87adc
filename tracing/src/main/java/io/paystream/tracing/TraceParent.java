package io.paystream.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C {@code traceparent} of the span in progress, for work that leaves its trace through a table: an outbox row
 * keeps it from the transaction that wrote the row to the message that carries it, so the consumer joins the trace
 * of the request that caused the message, not the relay's.
 */
public final class TraceParent {

    /** The header (HTTP, Kafka) and message attribute (SQS) that carries it. */
    public static final String HEADER = "traceparent";

    private TraceParent() {}

    /** {@code 00-<trace id>-<span id>-<flags>}, or null outside any span. */
    public static String ofCurrentSpan() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex();
    }
}
