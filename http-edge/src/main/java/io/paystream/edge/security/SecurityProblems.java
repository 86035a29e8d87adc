package io.paystream.edge.security;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemResponses;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem+json, keeping the {@code WWW-Authenticate} header of RFC 6750 that the bearer-token
 * handlers set. Why a token was refused goes into that header only, as RFC 6750 has it.
 */
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    private final ProblemResponses problems;

    public SecurityProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, ServletException {
        if (refused instanceof CheckUnavailable unavailable) {
            problems.write(
                    request,
                    response,
                    EdgeProblem.SERVICE_UNAVAILABLE,
                    unavailable.getMessage(),
                    Duration.ofSeconds(1));
            return;
        }
        bearerEntryPoint.commence(request, response, refused);
        problems.write(
                request,
                response,
                EdgeProblem.UNAUTHORIZED,
                "Send a valid bearer token of the Paystream issuer for audience paystream-api",
                null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        bearerAccessDenied.handle(request, response, denied);
        problems.write(
                request,
                response,
                EdgeProblem.INSUFFICIENT_SCOPE,
                "The token does not carry the scope this needs",
                null);
    }
}
