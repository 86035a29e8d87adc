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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.client.RestClient;

/**
 * The edge's copy of every API key's hash, merchant, scopes and validity, kept from merchant-service's change feed
 * ({@code GET /internal/api-keys?after=v}): every refresh asks only for what changed since the last version it
 * applied. Versions commit in order there, so no change is skipped.
 */
public class ApiKeyReplica implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyReplica.class);

    private final RestClient merchants;
    private final ServiceTokens tokens;
    private final Duration refreshInterval;
    private final Clock clock;
    private final Map<ByteBuffer, KnownKey> byHash = new ConcurrentHashMap<>();
    private volatile long version;
    private volatile Instant syncedAt = Instant.MIN;
    private volatile boolean failing;
    private ScheduledExecutorService refresher;

    public ApiKeyReplica(RestClient merchants, ServiceTokens tokens, Duration refreshInterval, Clock clock) {
        this.merchants = merchants;
        this.tokens = tokens;
        this.refreshInterval = refreshInterval;
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
    public synchronized void start() {
        refresher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("api-key-replica").factory());
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        refresher.shutdownNow();
        refresher = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return refresher != null;
    }

    /** A failed refresh is logged once until one succeeds again; the keys stay usable until the copy is too old. */
    private void refreshQuietly() {
        try {
            refresh();
            if (failing) {
                log.info("API keys refreshed from merchant-service again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Could not refresh the API keys from merchant-service: {}", e.toString());
                failing = true;
            }
        }
    }
}
