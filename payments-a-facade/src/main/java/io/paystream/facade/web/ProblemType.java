package io.paystream.facade.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** Every error the facade answers by itself: a stable {@code type} URI, its status and title (RFC 9457). */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "The request has invalid fields"),
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "The request body is not readable JSON"),
    CARD_NUMBER_NOT_ACCEPTED(
            "card-number-not-accepted", HttpStatus.BAD_REQUEST, "Card numbers are never accepted; send a nonce"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "A valid bearer token is required"),
    INSUFFICIENT_SCOPE("insufficient-scope", HttpStatus.FORBIDDEN, "The token lacks the scope this needs"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed here"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
    REQUEST_TOO_LARGE("request-too-large", HttpStatus.CONTENT_TOO_LARGE, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/json"),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this customer"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side"),
    BAD_GATEWAY("bad-gateway", HttpStatus.BAD_GATEWAY, "A service behind the API failed"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "A service behind the API is down"),
    OVERLOADED("overloaded", HttpStatus.SERVICE_UNAVAILABLE, "The API is busy; retry shortly");

    /** The base every Paystream service uses for its problem types. */
    public static final String BASE = "https://paystream.dev/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type for a status Spring MVC answers by itself, or {@code null} to keep {@code about:blank}. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> REQUEST_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
    }
}
