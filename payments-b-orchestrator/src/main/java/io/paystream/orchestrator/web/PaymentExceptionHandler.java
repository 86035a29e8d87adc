package io.paystream.orchestrator.web;

import static io.paystream.orchestrator.web.ProblemResponses.problem;

import io.paystream.orchestrator.idempotency.IdempotencyProblem;
import io.paystream.orchestrator.payment.PaymentProblem;
import io.paystream.orchestrator.payment.PaymentProblems;
import io.paystream.orchestrator.wallet.WalletClient;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal as problem+json with a stable type; bad fields are listed, nothing internal is revealed. */
@RestControllerAdvice
class PaymentExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(PaymentProblem.class)
    ProblemDetail paymentProblem(PaymentProblem refused) {
        return PaymentProblems.of(refused);
    }

    @ExceptionHandler(IdempotencyProblem.class)
    ProblemDetail idempotencyProblem(IdempotencyProblem refused) {
        return problem(refused.status(), refused.type(), refused.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidArgument(IllegalArgumentException invalid) {
        return invalidRequest(List.of(Map.of("field", "request", "message", invalid.getMessage())));
    }

    @ExceptionHandler(WalletClient.WalletUnavailable.class)
    ResponseEntity<ProblemDetail> walletUnavailable(WalletClient.WalletUnavailable unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "dependency-unavailable",
                        "The wallet is not answering; nothing was changed, try again shortly"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException invalid) {
        return invalidRequest(invalid.getConstraintViolations().stream()
                .map(violation -> Map.of(
                        "field", leaf(violation.getPropertyPath().toString()), "message", violation.getMessage()))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalidRequest(invalid.getBindingResult().getFieldErrors().stream()
                        .map(error ->
                                Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                        .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalidRequest(invalid.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream()
                                .map(error -> Map.of(
                                        "field",
                                        parameterName(
                                                result.getMethodParameter().getParameterName(),
                                                result.getMethodParameter().getParameterType()),
                                        "message",
                                        String.valueOf(error.getDefaultMessage()))))
                        .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST, "malformed-request", "The body is not valid JSON for this endpoint"));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException missing,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String field = missing instanceof MissingRequestHeaderException header ? header.getHeaderName() : "request";
        return ResponseEntity.badRequest()
                .body(invalidRequest(List.of(Map.of("field", field, "message", "is required"))));
    }

    private static ProblemDetail invalidRequest(List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String parameterName(String name, Class<?> type) {
        return "key".equals(name) ? "Idempotency-Key" : name;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
