package io.paystream.facade.web;

import io.paystream.edge.problem.InvalidRequest;
import io.paystream.edge.request.IdempotencyKeyHeader;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The request headers the facade checks before forwarding: {@code Idempotency-Key} and {@code Prefer}. */
public final class RequestHeaders {

    public static final String IDEMPOTENCY_KEY = IdempotencyKeyHeader.NAME;
    public static final String PREFER = "Prefer";

    /** The longest {@code Prefer: wait} the API honours (ARCHITECTURE §3). */
    public static final int MAX_WAIT_SECONDS = 10;

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern PREFERENCE =
            Pattern.compile("\\s*([^=;\\s]+)\\s*(?:=\\s*(\"[^\"]*\"|[^;\\s]*))?\\s*(;.*)?");

    private RequestHeaders() {}

    /** Checks the {@code Idempotency-Key}: required on every POST, 1–255 printable ASCII characters when given. */
    public static void checkIdempotencyKey(HttpServletRequest request, InvalidRequest.Collector errors) {
        IdempotencyKeyHeader.problemWith(request).ifPresent(problem -> errors.add(IDEMPOTENCY_KEY, problem));
    }

    /** Checks {@code Prefer}: well-formed preferences, and {@code wait} a whole number of seconds up to 10. */
    public static void checkPrefer(HttpServletRequest request, InvalidRequest.Collector errors) {
        try {
            waitSeconds(request);
        } catch (IllegalArgumentException malformed) {
            errors.add(PREFER, malformed.getMessage());
        }
    }

    /** The {@code Prefer: wait=N} of a request already checked, if it has one. */
    public static OptionalInt waitSeconds(HttpServletRequest request) {
        OptionalInt wait = OptionalInt.empty();
        String all = String.join(",", Collections.list(request.getHeaders(PREFER)));
        for (String preference : all.split(",")) {
            if (preference.isBlank()) {
                continue;
            }
            Matcher parts = PREFERENCE.matcher(preference);
            if (!parts.matches() || !TOKEN.matcher(parts.group(1)).matches()) {
                throw new IllegalArgumentException("is not a list of preferences (RFC 7240)");
            }
            if (parts.group(1).toLowerCase(Locale.ROOT).equals("wait")) {
                if (wait.isPresent()) {
                    throw new IllegalArgumentException("names wait more than once");
                }
                wait = OptionalInt.of(seconds(parts.group(2)));
            }
        }
        return wait;
    }

    private static int seconds(String value) {
        String unquoted = value == null ? "" : value.replace("\"", "");
        if (!unquoted.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("wait must be a whole number of seconds from 0 to " + MAX_WAIT_SECONDS);
        }
        int seconds = Integer.parseInt(unquoted);
        if (seconds > MAX_WAIT_SECONDS) {
            throw new IllegalArgumentException("wait must be at most " + MAX_WAIT_SECONDS + " seconds");
        }
        return seconds;
    }
}
