package io.paystream.edge.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First of all filters ({@link io.paystream.edge.EdgeAutoConfiguration}): gives every request an id — the client's {@code X-Request-Id} when it is well-formed,
 * otherwise a new UUID — returns it on every answer, puts it in the logging MDC and hands it to the services behind.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    /** Safe in a log line and a header: no spaces, no control characters, bounded. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:=/+-]{1,128}");

    /** The id of the request being handled. */
    public static String of(HttpServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && WELL_FORMED.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
