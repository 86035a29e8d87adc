package io.paystream.facade.web;

import static io.paystream.facade.web.ProblemResponses.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error the facade answers itself as {@code application/problem+json}; never a stack trace or an address. */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> known(ProblemException problem, HttpServletRequest request) {
        ProblemDetail body = problem(problem.type(), problem.getMessage(), request);
        problem.properties().forEach(body::setProperty);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.type().status());
        if (problem.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, ProblemResponses.retryAfterSeconds(problem.retryAfter()));
        }
        return answer.body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
        return ResponseEntity.status(ProblemType.INTERNAL_ERROR.status())
                .body(problem(ProblemType.INTERNAL_ERROR, "The failure is logged under the request id", request));
    }

    /** Spring MVC's own answers (400, 404, 405, 406, 413, 415) get a stable type of ours too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && isUntyped(problem)) {
            ProblemType type = ProblemType.forStatus(status.value());
            if (type != null) {
                problem.setType(type.uri());
                problem.setTitle(type.title());
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static boolean isUntyped(ProblemDetail problem) {
        return problem.getType() == null || ABOUT_BLANK.equals(problem.getType());
    }
}
