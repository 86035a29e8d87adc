package io.paystream.edge.request;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code Idempotency-Key} rule (ARCHITECTURE §4): required on every POST, 1–255 printable ASCII characters. */
public final class IdempotencyKeyHeader {

    public static final String NAME = "Idempotency-Key";
    public static final String PATTERN = "[\\x20-\\x7E]{1,255}";
    public static final String MESSAGE = "must be 1 to 255 printable ASCII characters";
    public static final String REQUIRED = "header is required on every POST";

    private static final Pattern KEY = Pattern.compile(PATTERN);

    private IdempotencyKeyHeader() {}

    public static boolean isWellFormed(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** What is wrong with a POST's key, or empty when it is a valid one. */
    public static Optional<String> problemWith(String key) {
        if (key == null) {
            return Optional.of(REQUIRED);
        }
        return isWellFormed(key) ? Optional.empty() : Optional.of(MESSAGE);
    }

    /** What is wrong with the request's key: required on a POST, well-formed whenever it is sent. */
    public static Optional<String> problemWith(HttpServletRequest request) {
        String key = request.getHeader(NAME);
        return key == null && !"POST".equals(request.getMethod()) ? Optional.empty() : problemWith(key);
    }
}
