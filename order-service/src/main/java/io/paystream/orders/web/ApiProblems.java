package io.paystream.orders.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every error of the API into {@code application/problem+json} with a stable type; never a 500 for bad input. */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> known(ProblemException problem, HttpServletRequest request) {
        ProblemDetail body = problem(problem.type(), problem.getMessage(), request);
        problem.properties().forEach(body::setProperty);
        return ResponseEntity.status(problem.type().status()).body(body);
    }

    @ExceptionHandler({
        TransientDataAccessException.class,
        NonTransientDataAccessResourceException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(RuntimeException failure, HttpServletRequest request) {
        log.warn("Database unavailable for {}: {}", request.getRequestURI(), failure.toString());
        return ResponseEntity.status(ProblemType.SERVICE_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(ProblemType.SERVICE_UNAVAILABLE, "The order database is unavailable", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
        return ResponseEntity.status(ProblemType.INTERNAL_ERROR.status())
                .body(problem(ProblemType.INTERNAL_ERROR, "The failure is logged", request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String detail =
                unreadable.getMessage() != null && unreadable.getMessage().startsWith("Required request body")
                        ? "The request body is missing"
                        : "The request body is not well-formed JSON";
        ProblemDetail body = problem(ProblemType.MALFORMED_JSON, detail, servletRequest(request));
        return handleExceptionInternal(unreadable, body, headers, status, request);
    }

    /** Spring MVC's own answers (404, 405, 406, 415) get a stable type of ours too. */
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

    private static ProblemDetail problem(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest() : null;
    }
}
