package io.paystream.merchants.apikey;

import java.time.Instant;
import java.util.List;

/** An API key as the operator API lists it: never the key, which is kept nowhere. */
record ApiKeyView(
        String id,
        String merchantId,
        String name,
        String prefix,
        List<String> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(
                key.id(),
                key.merchantId(),
                key.name(),
                key.prefix(),
                key.scopes(),
                key.createdAt(),
                key.expiresAt(),
                key.lastUsedAt(),
                key.revokedAt());
    }
}
