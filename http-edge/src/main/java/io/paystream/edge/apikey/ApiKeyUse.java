package io.paystream.edge.apikey;

import io.paystream.contracts.MerchantIdFormat;
import io.paystream.edge.security.ApiKeyCaller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * When an edge last saw a key used, as it reports it to merchant-service ({@code POST /internal/api-keys/usage}), so
 * that an operator's key list shows {@code lastUsedAt} (ARCHITECTURE §11) without a remote call per request.
 */
public record ApiKeyUse(
        @NotNull @Pattern(regexp = ApiKeyCaller.KEY_ID_PATTERN)
        String keyId,

        @NotNull @Pattern(regexp = MerchantIdFormat.PATTERN) String merchantId,
        @NotNull Instant lastUsedAt) {

    /** One report: at most {@link #MAX_PER_REPORT} keys, each once. */
    public record Report(
            @NotNull @Size(max = MAX_PER_REPORT) List<@NotNull @Valid ApiKeyUse> uses) {

        public static final int MAX_PER_REPORT = 1000;
    }
}
