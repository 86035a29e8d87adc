package io.paystream.merchants.apikey;

import java.time.Instant;
import java.util.List;

/** An API key as stored: everything but the key itself, of which only the keyed hash and the prefix are kept. */
record ApiKey(
        String id,
        String merchantId,
        String name,
        String prefix,
        byte[] hash,
        List<String> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        long version) {}
