package io.paystream.edge.apikey;

import io.paystream.servicetokens.ServiceTokens;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.client.RestClient;

/**
 * The edge's copy of every API key's hash, merchant, scopes and validity, kept from merchant-service's change feed
 * ({@code GET /internal/api-keys?after=v}): every refresh asks only for what changed since the last version it
 * applied. Versions commit in order there, so no change is skipped.
 */
public class ApiKeyReplica extends Periodically {

    private final RestClient merchants;
    private final ServiceTokens tokens;
    private final Clock clock;
    private final Map<ByteBuffer, KnownKey> byHash = new ConcurrentHashMap<>();
    private volatile long version;
    private volatile Instant syncedAt = Instant.MIN;

    public ApiKeyReplica(RestClient merchants, ServiceTokens tokens, Duration refreshInterval, Clock clock) {
        super("api-key-replica", Duration.ZERO, refreshInterval, false);
        this.merchants = merchants;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Applies every change since the last refresh; the copy is as fresh as the moment this call began. */
    public void refresh() {
        Instant asked = clock.instant();
        ApiKeyChange.Page page;
        do {
            page = merchants
                    .get()
                    .uri("/internal/api-keys?after={version}", version)
                    .header("Authorization", "Bearer " + tokens.token())
                    .retrieve()
                    .body(ApiKeyChange.Page.class);
            apply(page);
        } while (page.hasMore());
        syncedAt = asked;
    }

    void apply(ApiKeyChange.Page page) {
        for (ApiKeyChange change : page.keys()) {
            byHash.put(
                    ByteBuffer.wrap(change.hash()),
                    new KnownKey(
                            change.keyId(),
                            change.merchantId(),
                            List.copyOf(change.scopes()),
                            change.expiresAt(),
                            change.revokedAt()));
        }
        version = Math.max(version, page.version());
    }

    Optional<KnownKey> find(byte[] hash) {
        return Optional.ofNullable(byHash.get(ByteBuffer.wrap(hash)));
    }

    /** Whether the copy was refreshed within {@code maxStaleness}: older, a revocation might not be in it yet. */
    boolean freshWithin(Duration maxStaleness) {
        return !clock.instant().isAfter(syncedAt.plus(maxStaleness));
    }

    @Override
    void runOnce() {
        refresh();
    }
}
