package io.paystream.orchestrator.web;

import io.paystream.edge.problem.InvalidRequest;
import io.paystream.edge.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A value the contracts' records refuse (a currency the JDK does not know) is the client's mistake: a 400. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidArguments {

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidArgument(IllegalArgumentException invalid, HttpServletRequest request) {
        return ProblemResponses.answer(InvalidRequest.of("request", invalid.getMessage()), request);
    }
}
