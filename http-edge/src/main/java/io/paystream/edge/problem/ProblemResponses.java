package io.paystream.edge.problem;

import io.paystream.edge.request.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds problem details of a {@link ProblemType}, with the request's path as {@code instance} and its
 * {@code requestId}, and writes them where no controller is involved (filters, security handlers).
 */
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** The problem for {@code request}; without a request (an answer stored for replay), no instance or id. */
    public static ProblemDetail problem(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (request != null) {
            describe(problem, request);
        }
        return problem;
    }

    /** Adds what every answered problem carries: the path as {@code instance}, and the request id. */
    static void describe(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        String requestId = RequestIdFilter.of(request);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
    }

    /** The answer to a known problem: its status, {@code Retry-After} when it has one, and its body. */
    public static ResponseEntity<ProblemDetail> answer(ProblemException problem, HttpServletRequest request) {
        ProblemDetail body = problem(problem.type(), problem.getMessage(), request);
        problem.properties().forEach(body::setProperty);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.type().status());
        if (problem.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(problem.retryAfter()));
        }
        return answer.body(body);
    }

    /** Whole seconds, at least one: what a client should wait before it tries again. */
    public static String retryAfterSeconds(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            ProblemType type,
            String detail,
            Duration retryAfter)
            throws IOException {
        write(request, response, problem(type, detail, request), retryAfter);
    }

    public void write(
            HttpServletRequest request, HttpServletResponse response, ProblemDetail problem, Duration retryAfter)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds(retryAfter));
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
