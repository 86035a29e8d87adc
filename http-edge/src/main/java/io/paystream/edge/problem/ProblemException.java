package io.paystream.edge.problem;

import java.time.Duration;
import java.util.Map;

/** An error of a known type; {@link ApiProblems} answers it as {@code application/problem+json}. */
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
