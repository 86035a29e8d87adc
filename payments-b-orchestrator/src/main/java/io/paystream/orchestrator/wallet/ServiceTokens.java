package io.paystream.orchestrator.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The orchestrator's own access token (client credentials), cached until shortly before it expires. */
@Component
class ServiceTokens {

    private static final long EARLY_REFRESH_SECONDS = 30;

    private final RestClient http;
    private final WalletProperties properties;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    ServiceTokens(RestClient.Builder http, WalletProperties properties, Clock clock) {
        this.http = http.build();
        this.properties = properties;
        this.clock = clock;
    }

    synchronized String token() {
        if (clock.instant().isBefore(refreshAt)) {
            return token;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("scope", properties.scope());
        Map<?, ?> answer = http.post()
                .uri(properties.tokenEndpoint())
                .headers(headers -> headers.setBasicAuth(properties.clientId(), properties.clientSecret()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(Map.class);
        token = String.valueOf(answer.get("access_token"));
        long lifetime = answer.get("expires_in") instanceof Number seconds ? seconds.longValue() : 60;
        refreshAt = clock.instant().plusSeconds(Math.max(0, lifetime - EARLY_REFRESH_SECONDS));
        return token;
    }
}
