package io.paystream.braintree.simulator.fault;

import java.util.Locale;

/** What an armed fault does to a gateway request. */
public enum FaultKind {
    /** Waits {@code delay}, then handles the request normally. */
    LATENCY,
    /** Holds the request for {@code delay} without applying it, then closes the connection unanswered. */
    TIMEOUT,
    /** Answers {@code status} (5xx, 429, ...) without applying the request. */
    STATUS,
    /** Applies the request, waits {@code delay} (zero by default), then closes the connection unanswered. */
    DROP_RESPONSE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FaultKind fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
