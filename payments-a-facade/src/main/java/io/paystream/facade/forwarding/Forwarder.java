package io.paystream.facade.forwarding;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paystream.edge.apikey.ApiKeyAuthentication;
import io.paystream.edge.apikey.ApiKeyCalls;
import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import io.paystream.edge.request.RequestIdFilter;
import io.paystream.facade.web.RequestHeaders;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends a checked request to the service that owns it — same method, path, query and body, the caller's token (for an
 * API key, the facade's own with the key's description) and the headers that matter — and passes the answer back. A service that is down or failing becomes a 503 or 502 of
 * the facade's own, without the service's body or address.
 */
@Component
public class Forwarder {

    static final String REPLAYED = "Idempotent-Replayed";
    static final String PREFERENCE_APPLIED = "Preference-Applied";

    private static final List<String> RELAYED_REQUEST_HEADERS = List.of(
            HttpHeaders.AUTHORIZATION,
            RequestHeaders.IDEMPOTENCY_KEY,
            RequestHeaders.PREFER,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT);
    private static final List<String> RELAYED_ANSWER_HEADERS = List.of(
            HttpHeaders.LOCATION,
            REPLAYED,
            HttpHeaders.RETRY_AFTER,
            HttpHeaders.CONTENT_TYPE,
            PREFERENCE_APPLIED,
            HttpHeaders.WWW_AUTHENTICATE);

    private static final Logger log = LoggerFactory.getLogger(Forwarder.class);

    private final DownstreamClients clients;
    private final DownstreamProperties properties;
    private final MeterRegistry meters;
    private final ApiKeyCalls apiKeyCalls;

    Forwarder(
            DownstreamClients clients,
            DownstreamProperties properties,
            MeterRegistry meters,
            ObjectProvider<ApiKeyCalls> apiKeyCalls) {
        this.clients = clients;
        this.properties = properties;
        this.meters = meters;
        this.apiKeyCalls = apiKeyCalls.getIfAvailable();
    }

    /** Forwards {@code request} (whose body was read as {@code body}) to {@code target}, and returns its answer. */
    public ResponseEntity<byte[]> forward(Downstream target, HttpServletRequest request, byte[] body) {
        long started = System.nanoTime();
        try {
            RestClient.RequestBodySpec call = clients.forWait(
                            RequestHeaders.waitSeconds(request).orElse(0))
                    .method(HttpMethod.valueOf(request.getMethod()))
                    .uri(uri(target, request))
                    .headers(headers -> relay(request, headers));
            if (body != null && body.length > 0) {
                call.body(body);
            }
            Answer answer = call.exchange((sent, response) -> Answer.read(response), true);
            record(target, answer.status() / 100 + "xx", started);
            return passBack(target, request, answer);
        } catch (ResourceAccessException unreachable) {
            record(target, "unavailable", started);
            log.warn(
                    "{} did not answer {} {}: {}",
                    target.service(),
                    request.getMethod(),
                    request.getRequestURI(),
                    unreachable.getMessage());
            throw unavailable(target, request, properties.retryAfter());
        }
    }

    private URI uri(Downstream target, HttpServletRequest request) {
        String base = properties.baseUrl(target).toString().replaceAll("/+$", "");
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return URI.create(base + request.getRequestURI() + query);
    }

    private void relay(HttpServletRequest request, HttpHeaders headers) {
        for (String name : RELAYED_REQUEST_HEADERS) {
            request.getHeaders(name).asIterator().forEachRemaining(value -> headers.add(name, value));
        }
        headers.set(RequestIdFilter.HEADER, RequestIdFilter.of(request));
        // A key never leaves the facade: the service behind hears the facade's own token and who the key is.
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication key) {
            apiKeyCalls.passOn(key, headers);
        }
    }

    private ResponseEntity<byte[]> passBack(Downstream target, HttpServletRequest request, Answer answer) {
        if (answer.status() >= 500) {
            log.warn(
                    "{} answered {} to {} {}",
                    target.service(),
                    answer.status(),
                    request.getMethod(),
                    request.getRequestURI());
            if (answer.status() == 503 || answer.status() == 504) {
                throw unavailable(target, request, retryAfter(answer.headers()));
            }
            throw new ProblemException(
                    EdgeProblem.BAD_GATEWAY, "The " + target.service() + " service failed; " + retryHint(request));
        }
        HttpHeaders headers = new HttpHeaders();
        for (String name : RELAYED_ANSWER_HEADERS) {
            List<String> values = answer.headers().get(name);
            if (values != null) {
                headers.put(
                        name,
                        name.equals(HttpHeaders.LOCATION)
                                ? values.stream()
                                        .map(Forwarder::withoutAddress)
                                        .filter(Objects::nonNull)
                                        .toList()
                                : values);
            }
        }
        return ResponseEntity.status(answer.status())
                .headers(headers)
                .body(answer.body().length == 0 ? null : answer.body());
    }

    /** A {@code Location} the service wrote with its own address keeps only its path: the client knows the facade's. */
    private static String withoutAddress(String location) {
        try {
            URI uri = URI.create(location);
            return uri.isAbsolute()
                    ? uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    : location;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private Duration retryAfter(HttpHeaders headers) {
        String given = headers.getFirst(HttpHeaders.RETRY_AFTER);
        return given != null && given.matches("\\d{1,4}")
                ? Duration.ofSeconds(Long.parseLong(given))
                : properties.retryAfter();
    }

    private static ProblemException unavailable(Downstream target, HttpServletRequest request, Duration retryAfter) {
        return new ProblemException(
                EdgeProblem.SERVICE_UNAVAILABLE,
                "The " + target.service() + " service is not answering; " + retryHint(request),
                Map.of(),
                retryAfter);
    }

    private static String retryHint(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                ? "retry with the same Idempotency-Key, which makes sure it is done at most once"
                : "try again shortly";
    }

    private void record(Downstream target, String outcome, long started) {
        Timer.builder("paystream.facade.downstream.requests")
                .description("Requests forwarded to the services behind the facade")
                .tag("service", target.service())
                .tag("outcome", outcome)
                .register(meters)
                .record(Duration.ofNanos(System.nanoTime() - started));
    }

    /** The service's answer, read whole. */
    private record Answer(int status, HttpHeaders headers, byte[] body) {

        static Answer read(ClientHttpResponse response) throws IOException {
            return new Answer(
                    response.getStatusCode().value(),
                    HttpHeaders.readOnlyHttpHeaders(response.getHeaders()),
                    response.getBody().readAllBytes());
        }
    }
}
