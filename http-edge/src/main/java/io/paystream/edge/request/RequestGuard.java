package io.paystream.edge.request;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.FieldError;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.edge.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a request that some later reader would fail on, after the work was done or
 * with a 500: a query that cannot be decoded ({@code %ZZ}, not UTF-8, a NUL), a header value with a control
 * character, a {@code Content-Type} that is not one media type, and on the API an {@code Accept} that cannot be
 * read (400) or that takes no JSON (406).
 */
public class RequestGuard extends OncePerRequestFilter {

    private static final List<MediaType> ANSWERED =
            List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    /** What nearly every client sends: no need to parse these on each request. */
    private static final Set<String> COMMON_ACCEPTS = Set.of("*/*", "application/json", "application/problem+json");

    private final ProblemResponses problems;

    public RequestGuard(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = refusalOf(request);
        if (refusal != null) {
            boolean invalid = refusal.type() == EdgeProblem.INVALID_REQUEST;
            ProblemDetail problem = ProblemResponses.problem(
                    refusal.type(), invalid ? "The " + refusal.field() + " cannot be read" : refusal.detail(), request);
            if (invalid) {
                problem.setProperty("errors", List.of(new FieldError(refusal.field(), refusal.detail())));
            }
            problems.write(request, response, problem, null);
            return;
        }
        chain.doFilter(request, response);
    }

    private record Refusal(ProblemType type, String field, String detail) {}

    private static Refusal refusalOf(HttpServletRequest request) {
        try {
            Queries.decoded(request);
        } catch (IllegalArgumentException unreadable) {
            return new Refusal(EdgeProblem.INVALID_REQUEST, "query", unreadable.getMessage());
        }
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                if (hasControlCharacter(values.nextElement())) {
                    return new Refusal(EdgeProblem.INVALID_REQUEST, name, "contains a control character");
                }
            }
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !isOneMediaType(contentType)) {
            return new Refusal(EdgeProblem.UNSUPPORTED_MEDIA_TYPE, HttpHeaders.CONTENT_TYPE, "Send application/json");
        }
        return isApi(request) ? acceptRefusal(request.getHeader(HttpHeaders.ACCEPT)) : null;
    }

    private static Refusal acceptRefusal(String accept) {
        if (accept == null || accept.isBlank() || COMMON_ACCEPTS.contains(accept)) {
            return null;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return new Refusal(EdgeProblem.INVALID_REQUEST, HttpHeaders.ACCEPT, "is not a list of media types");
        }
        boolean takesJson = accepted.stream()
                .filter(type -> type.getQualityValue() > 0)
                .anyMatch(type -> ANSWERED.stream().anyMatch(type::includes));
        return takesJson
                ? null
                : new Refusal(EdgeProblem.NOT_ACCEPTABLE, HttpHeaders.ACCEPT, "Every answer of the API is JSON");
    }

    private static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneMediaType(String contentType) {
        try {
            return !MediaType.parseMediaType(contentType).isWildcardType();
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** The API's routes answer JSON only; health, metrics and the API description keep their own types. */
    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/v1/") || path.startsWith("/internal/");
    }
}
