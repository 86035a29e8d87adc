package io.paystream.facade.overload;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.facade.web.ApiPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Right after the request id, before the body is read or the token verified: while {@code max-in-flight} API requests
 * are being served, the next one is answered 503 {@code overloaded} with {@code Retry-After}, in well under a
 * millisecond. Without it an overloaded platform queues connections until clients time out, and keeps working on
 * requests nobody waits for any more. Nothing of a shed request is forwarded, so retrying it with the same
 * {@code Idempotency-Key} is safe. Health and metrics are not limited: they must answer most when the API is busy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class InFlightLimitFilter extends OncePerRequestFilter {

    private final OverloadProperties properties;
    private final Semaphore permits;
    private final ProblemResponses problems;
    private final Counter shed;

    InFlightLimitFilter(OverloadProperties properties, ProblemResponses problems, MeterRegistry meters) {
        this.properties = properties;
        this.permits = new Semaphore(properties.maxInFlight());
        this.problems = problems;
        this.shed = Counter.builder("paystream.facade.overload.shed")
                .description("API requests answered 503 overloaded because max-in-flight were being served")
                .register(meters);
        Gauge.builder(
                        "paystream.facade.requests.in.flight",
                        permits,
                        p -> properties.maxInFlight() - p.availablePermits())
                .description("API requests being served now")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!permits.tryAcquire()) {
            shed.increment();
            problems.write(
                    request,
                    response,
                    EdgeProblem.OVERLOADED,
                    properties.maxInFlight() + " requests are being served; try again shortly",
                    properties.retryAfter());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
