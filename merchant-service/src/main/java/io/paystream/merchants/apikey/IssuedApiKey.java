package io.paystream.merchants.apikey;

import java.time.Instant;
import java.util.List;

/** The answer that creates a key, the only one that holds {@code key}: it is shown once and kept nowhere. */
record IssuedApiKey(
        String id,
        String merchantId,
        String name,
        String key,
        String prefix,
        List<String> scopes,
        Instant createdAt,
        Instant expiresAt) {

    static IssuedApiKey of(ApiKey stored, String key) {
        return new IssuedApiKey(
                stored.id(),
                stored.merchantId(),
                stored.name(),
                key,
                stored.prefix(),
                stored.scopes(),
                stored.createdAt(),
                stored.expiresAt());
    }
}
