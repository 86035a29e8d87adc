package io.paystream.facade.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.edge.apikey.ApiKeyAuthentication;
import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemResponses;
import io.paystream.edge.security.Customers;
import io.paystream.facade.web.ApiPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs in the security chain right after the token is authenticated, before the scope check and before anything is
 * read or forwarded: a customer over its rate gets 429 with {@code Retry-After}. Requests without a valid token
 * never get here (401); limiting those by address is the API gateway's job.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final TokenBuckets buckets;
    private final ProblemResponses problems;
    private final Counter limited;

    RateLimitFilter(TokenBuckets buckets, ProblemResponses problems, MeterRegistry meters) {
        this.buckets = buckets;
        this.problems = problems;
        this.limited = Counter.builder("paystream.facade.rate.limited")
                .description("Requests refused because their customer was over the rate limit")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        // Each shopper (a sub within its merchant: the same sub at two merchants is two shoppers) and each key has a
        // bucket of its own.
        String bucket = caller instanceof JwtAuthenticationToken token
                ? token.getToken().getClaimAsString(Customers.MERCHANT_CLAIM) + "/" + token.getName()
                : caller instanceof ApiKeyAuthentication key ? key.getName() : null;
        if (bucket != null) {
            Optional<Duration> wait = buckets.take(bucket);
            if (wait.isPresent()) {
                limited.increment();
                problems.write(
                        request,
                        response,
                        EdgeProblem.RATE_LIMITED,
                        "This caller sends more requests than the facade allows; slow down",
                        wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
