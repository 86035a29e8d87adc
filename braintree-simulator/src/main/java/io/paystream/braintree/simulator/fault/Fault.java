package io.paystream.braintree.simulator.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault for the next {@code count} gateway requests of one operation ({@code operation} null means any), e.g.
 * {@code Fault.status(503).times(2).on("sale")}.
 */
public record Fault(FaultKind kind, int count, String operation, Duration delay, int status) {

    /**
     * How long a {@link FaultKind#TIMEOUT} holds a request when no delay is given: longer than braintree-java's
     * default 60 s read timeout, because a connection closed before the client gives up is silently retried by the
     * JDK's {@code HttpURLConnection}.
     */
    public static final Duration DEFAULT_TIMEOUT_HOLD = Duration.ofSeconds(90);

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delay, "delay");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        if (kind == FaultKind.STATUS && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("a status fault needs a 4xx or 5xx status, was " + status);
        }
    }

    public static Fault latency(Duration delay) {
        return new Fault(FaultKind.LATENCY, 1, null, delay, 0);
    }

    public static Fault timeout() {
        return timeout(DEFAULT_TIMEOUT_HOLD);
    }

    public static Fault timeout(Duration hold) {
        return new Fault(FaultKind.TIMEOUT, 1, null, hold, 0);
    }

    public static Fault status(int status) {
        return new Fault(FaultKind.STATUS, 1, null, Duration.ZERO, status);
    }

    public static Fault dropResponse() {
        return dropResponse(Duration.ZERO);
    }

    /** Applies the request, then holds the connection for {@code hold} before closing it unanswered. */
    public static Fault dropResponse(Duration hold) {
        return new Fault(FaultKind.DROP_RESPONSE, 1, null, hold, 0);
    }

    public Fault times(int count) {
        return new Fault(kind, count, operation, delay, status);
    }

    /** Restricts the fault to one operation by its wire name ({@code sale}, {@code void}, ...). */
    public Fault on(String operation) {
        return new Fault(kind, count, operation, delay, status);
    }

    boolean matches(String requestOperation) {
        return operation == null || operation.equals(requestOperation);
    }
}
