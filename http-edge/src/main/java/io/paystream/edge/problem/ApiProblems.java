package io.paystream.edge.problem;

import static io.paystream.edge.problem.ProblemResponses.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a controller raises, answered as {@code application/problem+json} with a catalogue type: field errors
 * listed, a database that is down a 503, anything unforeseen a logged 500 that reveals nothing. A service adds an
 * advice of its own only for its own exceptions; this one is consulted last.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> known(ProblemException problem, HttpServletRequest request) {
        return ProblemResponses.answer(problem, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(
            ConstraintViolationException invalid, HttpServletRequest request) {
        return known(InvalidRequest.of(FieldErrors.of(invalid)), request);
    }

    /** A multipart body where JSON is expected: the multipart parser fails before any controller is chosen. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException unreadable, HttpServletRequest request) {
        return known(new ProblemException(EdgeProblem.UNSUPPORTED_MEDIA_TYPE, "Send application/json"), request);
    }

    /** What Spring Security's firewall refuses when it is read late (a header value the edge let through). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException rejected, HttpServletRequest request) {
        return known(InvalidRequest.of("request", "The request has a header or path the API does not accept"), request);
    }

    @ExceptionHandler({
        TransientDataAccessException.class,
        NonTransientDataAccessResourceException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException failure, HttpServletRequest request) {
        log.warn(
                "Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
        return known(
                new ProblemException(
                        EdgeProblem.SERVICE_UNAVAILABLE,
                        "The database is unavailable; nothing was changed, try again shortly",
                        Map.of(),
                        RETRY_AFTER),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
        return known(
                new ProblemException(EdgeProblem.INTERNAL_ERROR, "The failure is logged under the request id"),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(FieldErrors.of(invalid), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(FieldErrors.of(invalid), request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException missing, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = switch (missing) {
            case MissingRequestHeaderException header -> header.getHeaderName();
            case MissingServletRequestParameterException parameter -> parameter.getParameterName();
            default -> "request";
        };
        return invalid(List.of(new FieldError(field, "is required")), request);
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
                        : "The request body is not well-formed JSON for this endpoint";
        ProblemDetail body = problem(EdgeProblem.MALFORMED_JSON, detail, servletRequest(request));
        return handleExceptionInternal(unreadable, body, headers, status, request);
    }

    /** Spring MVC's own answers (404, 405, 406, 413, 415 …) get a catalogue type, the path and the request id. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            ProblemType type = EdgeProblem.forStatus(status.value());
            if (type != null && isUntyped(problem)) {
                problem.setType(type.uri());
                problem.setTitle(type.title());
            }
            HttpServletRequest servlet = servletRequest(request);
            if (servlet != null) {
                ProblemResponses.describe(problem, servlet);
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, WebRequest request) {
        InvalidRequest invalid = InvalidRequest.of(errors);
        ProblemDetail body = problem(invalid.type(), invalid.getMessage(), servletRequest(request));
        invalid.properties().forEach(body::setProperty);
        return ResponseEntity.badRequest().body(body);
    }

    private static boolean isUntyped(ProblemDetail problem) {
        return problem.getType() == null || ABOUT_BLANK.equals(problem.getType());
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest() : null;
    }
}
