package io.paystream.facade.forwarding;

import io.paystream.facade.web.RequestHeaders;
import java.net.http.HttpClient;
import java.util.concurrent.Executors;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * One JDK HTTP client on virtual threads, with a {@link RestClient} per {@code Prefer: wait} (0–10 s) whose read
 * timeout is that wait plus the configured one: a held approval gets its ten seconds, a plain read does not.
 */
@Component
class DownstreamClients {

    private final RestClient[] byWait = new RestClient[RequestHeaders.MAX_WAIT_SECONDS + 1];

    DownstreamClients(RestClient.Builder builder, DownstreamProperties properties) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        for (int wait = 0; wait < byWait.length; wait++) {
            JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
            requests.setReadTimeout(properties.readTimeout().plusSeconds(wait));
            byWait[wait] = builder.clone().requestFactory(requests).build();
        }
    }

    /** The client for a request that asked the service behind to hold its answer up to {@code waitSeconds}. */
    RestClient forWait(int waitSeconds) {
        return byWait[Math.clamp(waitSeconds, 0, byWait.length - 1)];
    }
}
