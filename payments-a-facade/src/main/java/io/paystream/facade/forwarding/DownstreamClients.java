package io.paystream.facade.forwarding;

import io.paystream.facade.web.RequestHeaders;
import java.io.IOException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * One pooled Apache HTTP client, with a {@link RestClient} per {@code Prefer: wait} (0–10 s) whose read timeout is
 * that wait plus the configured one: a held approval gets its ten seconds, a plain read does not. It never retries
 * and never follows a redirect: what the service behind answered, or that it did not, goes back to the caller.
 */
@Component
class DownstreamClients implements AutoCloseable {

    private static final int MAX_CONNECTIONS_PER_SERVICE = 200;

    private final RestClient[] byWait = new RestClient[RequestHeaders.MAX_WAIT_SECONDS + 1];
    private final CloseableHttpClient http;

    DownstreamClients(RestClient.Builder builder, DownstreamProperties properties) {
        http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(MAX_CONNECTIONS_PER_SERVICE)
                        .setMaxConnTotal(MAX_CONNECTIONS_PER_SERVICE * Downstream.values().length)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                // A connection idle this long is checked before use: the service may have closed it.
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                                .build())
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(10))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        for (int wait = 0; wait < byWait.length; wait++) {
            HttpComponentsClientHttpRequestFactory requests = new HttpComponentsClientHttpRequestFactory(http);
            requests.setReadTimeout(properties.readTimeout().plusSeconds(wait));
            byWait[wait] = builder.clone().requestFactory(requests).build();
        }
    }

    /** Called by Spring at shutdown, after the server has answered its last request: the pool and its evictor go. */
    @Override
    public void close() throws IOException {
        http.close();
    }

    /** The client for a request that asked the service behind to hold its answer up to {@code waitSeconds}. */
    RestClient forWait(int waitSeconds) {
        return byWait[Math.clamp(waitSeconds, 0, byWait.length - 1)];
    }
}
