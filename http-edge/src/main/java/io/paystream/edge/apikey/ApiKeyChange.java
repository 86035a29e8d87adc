package io.paystream.edge.apikey;

import java.time.Instant;
import java.util.List;

/**
 * One entry of merchant-service's key change feed ({@code GET /internal/api-keys?after=v}): a key's state as of
 * {@code version}, with its hash (base64 in JSON), never the key.
 */
public record ApiKeyChange(
        String keyId,
        String merchantId,
        byte[] hash,
        List<String> scopes,
        Instant expiresAt,
        Instant revokedAt,
        long version) {

    /** One page of the feed, the version to ask after next, and whether more are waiting. */
    public record Page(List<ApiKeyChange> keys, long version, boolean hasMore) {}
}
