package io.paystream.servicetokens;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** A service's own access token (OAuth 2.0 client credentials), cached until shortly before it expires. */
public class ServiceTokens {

    private static final long EARLY_REFRESH_SECONDS = 30;

    private final RestClient http;
    private final Client client;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    public ServiceTokens(RestClient http, Client client, Clock clock) {
        this.http = http;
        this.client = client;
        this.clock = clock;
    }

    /**
     * An HTTP client of a service's own for calls no request asks for (a copy refreshed every second, a fetch of
     * credentials now and then): built apart from Spring's traced {@code RestClient.Builder}, connecting within 2 s.
     */
    public static RestClient untracedClient(Duration readTimeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(requests).build();
    }

    public synchronized String token() {
        if (clock.instant().isBefore(refreshAt)) {
            return token;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("scope", client.scope());
        Map<?, ?> answer = http.post()
                .uri(client.tokenEndpoint())
                .headers(headers -> headers.setBasicAuth(client.clientId(), client.clientSecret()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(Map.class);
        token = String.valueOf(answer.get("access_token"));
        long lifetime = answer.get("expires_in") instanceof Number seconds ? seconds.longValue() : 60;
        refreshAt = clock.instant().plusSeconds(Math.max(0, lifetime - EARLY_REFRESH_SECONDS));
        return token;
    }

    /** Where and as whom a service asks for its token, and for which scope. */
    public record Client(String tokenEndpoint, String clientId, String clientSecret, String scope) {

        @Override
        public String toString() {
            return "Client[" + clientId + " at " + tokenEndpoint + ", scope " + scope + ", secret hidden]";
        }
    }
}
