package io.paystream.edge.apikey;

import io.paystream.edge.request.IdempotencyKeyHeader;
import io.paystream.edge.security.ApiKeyCaller;
import io.paystream.servicetokens.ServiceTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Remembers when each key was last used here, and tells merchant-service every {@code interval} (and once more on
 * stop): a map write per request, one POST per interval whatever the traffic. A report that fails is kept for the
 * next one, so a use is late at worst, never lost while the edge runs; {@code lastUsedAt} is as fresh as the interval.
 */
public class ApiKeyUseReporter extends Periodically {

    private final RestClient merchants;
    private final ServiceTokens tokens;
    private final Clock clock;
    private final Map<String, ApiKeyUse> unreported = new ConcurrentHashMap<>();

    public ApiKeyUseReporter(RestClient merchants, ServiceTokens tokens, Duration interval, Clock clock) {
        super("api-key-use-reporter", interval, interval, true);
        this.merchants = merchants;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Remembers that {@code key} was used now; the next report carries it. */
    public void used(ApiKeyCaller key) {
        unreported.put(key.keyId(), new ApiKeyUse(key.keyId(), key.merchantId(), clock.instant()));
    }

    /** Sends what was used since the last report; what fails to go is kept, unless a newer use replaced it. */
    public void report() {
        List<ApiKeyUse> taken = new ArrayList<>();
        for (ApiKeyUse use : unreported.values()) {
            if (taken.size() == ApiKeyUse.Report.MAX_PER_REPORT) {
                break;
            }
            if (unreported.remove(use.keyId(), use)) {
                taken.add(use);
            }
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            merchants
                    .post()
                    .uri("/internal/api-keys/usage")
                    .header("Authorization", "Bearer " + tokens.token())
                    .header(IdempotencyKeyHeader.NAME, UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiKeyUse.Report(taken))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RuntimeException e) {
            taken.forEach(use -> unreported.merge(use.keyId(), use, ApiKeyUseReporter::later));
            throw e;
        }
    }

    private static ApiKeyUse later(ApiKeyUse kept, ApiKeyUse returned) {
        return kept.lastUsedAt().isAfter(returned.lastUsedAt()) ? kept : returned;
    }

    @Override
    void runOnce() {
        report();
    }
}
