package io.paystream.facade.web;

import java.time.Duration;
import java.util.Map;

/** An error with a known problem type; {@link ApiProblems} turns it into an {@code application/problem+json} answer. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of(), null);
    }

    /** {@code retryAfter}, when not null, becomes the {@code Retry-After} header (429, 503). */
    public ProblemException(ProblemType type, String detail, Map<String, Object> properties, Duration retryAfter) {
        super(detail);
        this.type = type;
        this.properties = Map.copyOf(properties);
        this.retryAfter = retryAfter;
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
