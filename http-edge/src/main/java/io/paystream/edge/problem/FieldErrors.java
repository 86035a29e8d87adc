package io.paystream.edge.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** Bean Validation's findings as the fields a client sent: body paths, header names, query parameter names. */
final class FieldErrors {

    private FieldErrors() {}

    static List<FieldError> of(MethodArgumentNotValidException invalid) {
        return invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
    }

    static List<FieldError> of(HandlerMethodValidationException invalid) {
        return invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                nameSent(result.getMethodParameter()), String.valueOf(error.getDefaultMessage()))))
                .toList();
    }

    static List<FieldError> of(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream()
                .map(violation ->
                        new FieldError(leaf(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
    }

    /** The header or query parameter's own name ({@code Idempotency-Key}), not the Java parameter's. */
    private static String nameSent(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null) {
            return firstNamed(header.name(), header.value(), parameter.getParameterName());
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null) {
            return firstNamed(query.name(), query.value(), parameter.getParameterName());
        }
        return parameter.getParameterName();
    }

    private static String firstNamed(String... names) {
        for (String name : names) {
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return "request";
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
