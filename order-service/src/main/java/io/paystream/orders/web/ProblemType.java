package io.paystream.orders.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** Every error the API answers with: a stable {@code type} URI, its status and title (RFC 9457). */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "The request has invalid fields"),
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "The request body is not readable JSON"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "A valid bearer token is required"),
    INSUFFICIENT_SCOPE("insufficient-scope", HttpStatus.FORBIDDEN, "The token lacks the scope this needs"),
    ORDER_NOT_FOUND("order-not-found", HttpStatus.NOT_FOUND, "No such order"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed here"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/json"),
    IDEMPOTENCY_KEY_REUSED(
            "idempotency-key-reused",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "The Idempotency-Key was already used with another request"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "A dependency is unavailable"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");

    /** Problem types are identifiers under this base; they are documented in the module README and OpenAPI. */
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
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
    }
}
