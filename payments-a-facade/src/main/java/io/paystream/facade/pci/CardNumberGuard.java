package io.paystream.facade.pci;

import io.paystream.facade.web.ProblemResponses;
import io.paystream.facade.web.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Right after the request id, before security: reads every request body up to {@value #MAX_BODY_BYTES} bytes (more
 * is a 413), refuses one carrying a card number with a 400, and passes the others on with the body already read.
 * A refused body is never logged, stored or forwarded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CardNumberGuard extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 32 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CardNumberGuard.class);

    private final ProblemResponses problems;

    CardNumberGuard(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            tooLarge(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            tooLarge(request, response);
            return;
        }
        if (CardNumbers.containsCardNumber(new String(body, StandardCharsets.UTF_8))
                || CardNumbers.containsCardNumber(decodedQuery(request))) {
            log.warn(
                    "Refused a {} {} request that carried a card number (content not logged)",
                    request.getMethod(),
                    request.getRequestURI());
            problems.write(
                    request,
                    response,
                    ProblemType.CARD_NUMBER_NOT_ACCEPTED,
                    "Paystream never accepts card numbers: tokenize the card with Braintree and send its nonce",
                    null);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** The query as its values read, so that {@code 4111+1111…} or {@code %20} cannot hide the spaces of a number. */
    private static String decodedQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return "";
        }
        try {
            return query + "&" + URLDecoder.decode(query, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return query;
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(
                request,
                response,
                ProblemType.REQUEST_TOO_LARGE,
                "Request bodies are limited to " + MAX_BODY_BYTES + " bytes",
                null);
    }
}
