package io.paystream.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceParentTests {

    @Test
    void isWhatOpenTelemetrysW3cPropagatorSendsForTheSpanInProgress() {
        try (SdkTracerProvider tracers = SdkTracerProvider.builder().build()) {
            Span span = tracers.get("test").spanBuilder("checkout").startSpan();
            try (Scope ignored = span.makeCurrent()) {
                assertThat(TraceParent.ofCurrentSpan())
                        .isEqualTo(propagated())
                        .startsWith("00-" + span.getSpanContext().getTraceId() + "-"
                                + span.getSpanContext().getSpanId() + "-");
                assertThat(span.getSpanContext().isSampled()).isTrue();
            } finally {
                span.end();
            }
        }
    }

    @Test
    void carriesAnUnsampledDecisionAlong() {
        try (SdkTracerProvider tracers =
                SdkTracerProvider.builder().setSampler(Sampler.alwaysOff()).build()) {
            Span span = tracers.get("test").spanBuilder("checkout").startSpan();
            try (Scope ignored = span.makeCurrent()) {
                String traceparent = TraceParent.ofCurrentSpan();
                assertThat(traceparent).isEqualTo(propagated());
                // The last byte's lowest bit is W3C's "sampled".
                assertThat(Integer.parseInt(traceparent.substring(53), 16) & 1).isZero();
            } finally {
                span.end();
            }
        }
    }

    @Test
    void isNullOutsideAnySpan() {
        assertThat(TraceParent.ofCurrentSpan()).isNull();
    }

    private static String propagated() {
        Map<String, String> headers = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        return headers.get(TraceParent.HEADER);
    }
}
