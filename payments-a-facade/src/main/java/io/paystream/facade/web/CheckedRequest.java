package io.paystream.facade.web;

import io.paystream.edge.problem.InvalidRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The checks every request passes before anything is forwarded: {@code Idempotency-Key} (required on POST),
 * {@code Prefer}, and the body's shape. All problems of one request come back in one 400.
 */
public final class CheckedRequest {

    private CheckedRequest() {}

    /** What a JSON body must look like. */
    @FunctionalInterface
    public interface BodySchema {
        void check(BodyFields body);
    }

    /** Checks a request with a JSON body; returns the body, to be forwarded unchanged. */
    public static byte[] withBody(HttpServletRequest request, byte[] body, BodySchema schema) {
        JsonNode json = JsonBodies.parse(body);
        InvalidRequest.Collector errors = headers(request);
        if (!json.isObject()) {
            errors.add("", "the body must be a JSON object");
            errors.throwIfAny();
        }
        schema.check(BodyFields.of(json, errors));
        errors.throwIfAny();
        return body;
    }

    /** Checks a request without a body; {@code more} adds checks of query parameters. */
    public static void withoutBody(HttpServletRequest request, Consumer<InvalidRequest.Collector> more) {
        InvalidRequest.Collector errors = headers(request);
        more.accept(errors);
        errors.throwIfAny();
    }

    public static void withoutBody(HttpServletRequest request) {
        withoutBody(request, errors -> {});
    }

    private static InvalidRequest.Collector headers(HttpServletRequest request) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        RequestHeaders.checkIdempotencyKey(request, errors);
        RequestHeaders.checkPrefer(request, errors);
        return errors;
    }
}
