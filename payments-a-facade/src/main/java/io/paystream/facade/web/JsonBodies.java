package io.paystream.facade.web;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses request bodies strictly: a duplicated key or trailing content is malformed, because the services behind
 * might read such a body differently from what the facade checked.
 */
public final class JsonBodies {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBodies() {}

    /** The body's JSON, or a {@code malformed-json} problem when it is missing or not well-formed. */
    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ProblemException(EdgeProblem.MALFORMED_JSON, "The request body is missing");
        }
        try {
            return STRICT.readTree(body);
        } catch (JacksonException malformed) {
            throw new ProblemException(
                    EdgeProblem.MALFORMED_JSON, "The request body is not well-formed JSON (or repeats a key)");
        }
    }
}
