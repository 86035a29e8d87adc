package io.paystream.webhooks.delivery;

import io.paystream.webhooks.endpoint.UrlRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one delivery: a POST of the body exactly as signed. No redirect is followed (a 3xx is a failure), a
 * connection is made only to the addresses {@link UrlRules} allows (checked on the addresses the name resolves to
 * at that moment, so a name that turns private later is refused too), the attempt ends after the timeout (15 s), and
 * at most 64 KiB of the answer is read: the rest is dropped with the connection.
 */
final class DeliverySender implements AutoCloseable {

    static final int ANSWER_READ_LIMIT = 64 * 1024;

    private final CloseableHttpClient http;
    private final Clock clock;
    private final Duration timeout;
    // Ends an attempt at its deadline even while bytes still trickle in (the socket timeout is per read).
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("webhook-deadlines").daemon().factory());

    DeliverySender(UrlRules rules, Duration timeout, int connectionsPerEndpoint, Clock clock) {
        this.clock = clock;
        this.timeout = timeout;
        Timeout limit = Timeout.of(timeout);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new AllowedAddresses(rules))
                        .setMaxConnPerRoute(connectionsPerEndpoint)
                        .setMaxConnTotal(1_000)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit)
                                .setSocketTimeout(limit)
                                .build())
                        .build())
                .setDefaultRequestConfig(
                        RequestConfig.custom().setResponseTimeout(limit).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("Paystream-Webhooks/1")
                .build();
    }

    Attempted send(String url, Map<String, String> headers, String body) {
        HttpPost post = new HttpPost(URI.create(url));
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        long started = System.nanoTime();
        ScheduledFuture<?> deadline = deadlines.schedule(post::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
            byte[] answer;
            try (InputStream content = response.getEntity() == null
                    ? InputStream.nullInputStream()
                    : response.getEntity().getContent()) {
                answer = content.readNBytes(ANSWER_READ_LIMIT);
            }
            return new Attempted(
                    response.getCode(),
                    millisSince(started),
                    null,
                    excerpt(answer),
                    retryAfter(response.getFirstHeader("Retry-After")));
        } catch (IOException | RuntimeException failed) {
            return Attempted.failed(millisSince(started), post.isCancelled() ? "timed out" : reason(failed));
        } finally {
            deadline.cancel(false);
        }
    }

    private static String reason(Exception failed) {
        return switch (failed) {
            case SocketTimeoutException timedOut -> "timed out";
            case ConnectException refused -> "connection refused";
            case UnknownHostException unknown -> "host not reachable: " + unknown.getMessage();
            default -> failed.getClass().getSimpleName() + ": " + failed.getMessage();
        };
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }

    private Duration retryAfter(Header header) {
        if (header == null) {
            return null;
        }
        String value = header.getValue().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(
                        clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String excerpt(byte[] answer) {
        return answer.length == 0
                ? null
                : new String(answer, 0, Math.min(answer.length, Attempted.EXCERPT_BYTES), StandardCharsets.UTF_8);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The system's resolver with every address deliveries may not reach taken out. */
    private record AllowedAddresses(UrlRules rules) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] allowed = Arrays.stream(SystemDefaultDnsResolver.INSTANCE.resolve(host))
                    .filter(rules::allowed)
                    .toArray(InetAddress[]::new);
            if (allowed.length == 0) {
                throw new UnknownHostException(host + " resolves only to addresses a delivery may not reach");
            }
            return allowed;
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }
}
