package io.paystream.wallet.pci;

import io.paystream.wallet.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First filter of all: reads every request body (up to a limit), refuses one carrying a card number with a 400,
 * and passes the others on unchanged. The refused body is never logged, stored or forwarded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CardNumberGuard extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CardNumberGuard.class);

    private final ProblemResponses problems;

    CardNumberGuard(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            problems.write(
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "request-too-large",
                    "Request bodies are limited to " + MAX_BODY_BYTES + " bytes");
            return;
        }
        if (CardNumbers.containsCardNumber(new String(body, StandardCharsets.UTF_8))
                || CardNumbers.containsCardNumber(request.getQueryString() == null ? "" : request.getQueryString())) {
            log.warn(
                    "Refused a {} {} request that carried a card number (content not logged)",
                    request.getMethod(),
                    request.getRequestURI());
            problems.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "card-number-not-accepted",
                    "Paystream never accepts card numbers: tokenize the card with Braintree and send its nonce");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** The request with its body already read, for the filters and controllers after this one. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
