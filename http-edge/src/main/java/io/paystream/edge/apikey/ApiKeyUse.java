package io.paystream.edge.apikey;

import java.time.Instant;
import java.util.List;

/**
 * When an edge last saw a key used, as it reports it to merchant-service ({@code POST /internal/api-keys/usage}), so
 * that an operator's key list shows {@code lastUsedAt} (ARCHITECTURE §11) without a remote call per request.
 */
public record ApiKeyUse(String keyId, String merchantId, Instant lastUsedAt) {

    /** One report: at most {@link #MAX_PER_REPORT} keys, each once. */
    public record Report(List<ApiKeyUse> uses) {

        public static final int MAX_PER_REPORT = 1000;
    }
}
