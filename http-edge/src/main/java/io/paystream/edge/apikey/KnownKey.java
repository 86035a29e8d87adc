package io.paystream.edge.apikey;

import java.time.Instant;
import java.util.List;

/** A key as the edge knows it: whose it is, what it may do, and until when. */
record KnownKey(String keyId, String merchantId, List<String> scopes, Instant expiresAt, Instant revokedAt) {

    boolean validAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
