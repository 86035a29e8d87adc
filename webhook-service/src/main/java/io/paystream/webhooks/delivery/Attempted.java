package io.paystream.webhooks.delivery;

import java.time.Duration;

/**
 * How one attempt ended: the endpoint's status code (null when no answer came), how long it took, what went wrong
 * when nothing came back, the first 1 KiB of the answer, and the wait the endpoint asked for ({@code Retry-After}).
 */
record Attempted(Integer statusCode, long latencyMillis, String error, String excerpt, Duration retryAfter) {

    static final int EXCERPT_BYTES = 1024;

    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** 410 Gone: the endpoint says it will never take another delivery. */
    boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    static Attempted failed(long latencyMillis, String error) {
        return new Attempted(null, latencyMillis, error, null, null);
    }
}
