package io.paystream.edge.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The problem types every service answers alike: bad requests, tokens, routing, idempotency keys, overload. */
public final class EdgeProblem {

    public static final ProblemType INVALID_REQUEST =
            new ProblemType("invalid-request", HttpStatus.BAD_REQUEST, "The request has invalid fields");

    public static final ProblemType MALFORMED_JSON =
            new ProblemType("malformed-json", HttpStatus.BAD_REQUEST, "The request body is not readable JSON");

    public static final ProblemType CARD_NUMBER_NOT_ACCEPTED = new ProblemType(
            "card-number-not-accepted", HttpStatus.BAD_REQUEST, "Card numbers are never accepted; send a nonce");

    public static final ProblemType UNAUTHORIZED =
            new ProblemType("unauthorized", HttpStatus.UNAUTHORIZED, "A valid bearer token is required");

    public static final ProblemType INSUFFICIENT_SCOPE =
            new ProblemType("insufficient-scope", HttpStatus.FORBIDDEN, "The token lacks the scope this needs");

    public static final ProblemType MERCHANT_UNKNOWN =
            new ProblemType("merchant-unknown", HttpStatus.FORBIDDEN, "The token names no merchant this API serves");

    public static final ProblemType CUSTOMER_TOKEN_REQUIRED =
            new ProblemType("customer-token-required", HttpStatus.FORBIDDEN, "Only a shopper's own token can do this");

    public static final ProblemType NOT_FOUND = new ProblemType("not-found", HttpStatus.NOT_FOUND, "No such resource");

    public static final ProblemType METHOD_NOT_ALLOWED =
            new ProblemType("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed here");

    public static final ProblemType NOT_ACCEPTABLE =
            new ProblemType("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation");

    public static final ProblemType IDEMPOTENCY_KEY_IN_FLIGHT = new ProblemType(
            "idempotency-key-in-flight",
            HttpStatus.CONFLICT,
            "A request with this Idempotency-Key is still being processed");

    public static final ProblemType REQUEST_TOO_LARGE =
            new ProblemType("request-too-large", HttpStatus.CONTENT_TOO_LARGE, "The request body is too large");

    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/json");

    public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType(
            "idempotency-key-reused",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "The Idempotency-Key was already used with another request");

    public static final ProblemType RATE_LIMITED =
            new ProblemType("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this customer");

    public static final ProblemType INTERNAL_ERROR =
            new ProblemType("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");

    public static final ProblemType BAD_GATEWAY =
            new ProblemType("bad-gateway", HttpStatus.BAD_GATEWAY, "A service behind the API failed");

    public static final ProblemType SERVICE_UNAVAILABLE =
            new ProblemType("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "A dependency is unavailable");

    public static final ProblemType OVERLOADED =
            new ProblemType("overloaded", HttpStatus.SERVICE_UNAVAILABLE, "The API is busy; retry shortly");

    private static final List<ProblemType> ALL = List.of(
            INVALID_REQUEST,
            MALFORMED_JSON,
            CARD_NUMBER_NOT_ACCEPTED,
            UNAUTHORIZED,
            INSUFFICIENT_SCOPE,
            MERCHANT_UNKNOWN,
            CUSTOMER_TOKEN_REQUIRED,
            NOT_FOUND,
            METHOD_NOT_ALLOWED,
            NOT_ACCEPTABLE,
            IDEMPOTENCY_KEY_IN_FLIGHT,
            REQUEST_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE,
            IDEMPOTENCY_KEY_REUSED,
            RATE_LIMITED,
            INTERNAL_ERROR,
            BAD_GATEWAY,
            SERVICE_UNAVAILABLE,
            OVERLOADED);

    private EdgeProblem() {}

    /** Every shared type, in the order of their statuses. */
    public static List<ProblemType> all() {
        return ALL;
    }

    /** The type for a status Spring MVC or the container answers by itself, or {@code null} for {@code about:blank}. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> INSUFFICIENT_SCOPE;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> REQUEST_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 500 -> INTERNAL_ERROR;
            case 502 -> BAD_GATEWAY;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> null;
        };
    }
}
