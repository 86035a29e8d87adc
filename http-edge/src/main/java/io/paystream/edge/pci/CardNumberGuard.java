package io.paystream.edge.pci;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.FieldError;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.edge.request.Queries;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before security: reads every request body up to {@code paystream.edge.max-body-bytes} (more is a 413), refuses
 * one carrying a card number in its body or its decoded query with a 400, and one whose text holds a NUL ({@code
 * \u0000}, which no field of the API takes and PostgreSQL cannot store) with a 400, and passes the others on with
 * the body already read. A refused request is never logged, stored or forwarded.
 */
public class CardNumberGuard extends OncePerRequestFilter {

    private static final String NUL_ESCAPE = "\\u0000";

    private static final Logger log = LoggerFactory.getLogger(CardNumberGuard.class);

    private final ProblemResponses problems;
    private final int maxBodyBytes;

    public CardNumberGuard(ProblemResponses problems, int maxBodyBytes) {
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.contains(NUL_ESCAPE) || text.indexOf('\0') >= 0) {
            ProblemDetail problem = ProblemResponses.problem(
                    EdgeProblem.INVALID_REQUEST, "Text in the API never holds a NUL character", request);
            problem.setProperty("errors", List.of(new FieldError("body", "contains a NUL character")));
            problems.write(request, response, problem, null);
            return;
        }
        if (CardNumbers.containsCardNumber(text) || CardNumbers.containsCardNumber(decodedQuery(request))) {
            log.warn(
                    "Refused a {} {} request that carried a card number (content not logged)",
                    request.getMethod(),
                    request.getRequestURI());
            problems.write(
                    request,
                    response,
                    EdgeProblem.CARD_NUMBER_NOT_ACCEPTED,
                    "Paystream never accepts card numbers: tokenize the card with Braintree and send its nonce",
                    null);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** The query as its values read, so that {@code 4111+1111…} or {@code %34} cannot hide a number. */
    private static String decodedQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return "";
        }
        try {
            return query + "&" + Queries.decoded(request);
        } catch (IllegalArgumentException unreadable) {
            return query;
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(
                request,
                response,
                EdgeProblem.REQUEST_TOO_LARGE,
                "Request bodies are limited to " + maxBodyBytes + " bytes",
                null);
    }
}
