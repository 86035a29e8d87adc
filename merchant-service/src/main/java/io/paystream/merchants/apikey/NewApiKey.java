package io.paystream.merchants.apikey;

import io.paystream.edge.apikey.ApiKeyScopes;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** The body of {@code POST /v1/admin/merchants/{id}/api-keys}. */
record NewApiKey(
        @NotBlank @Size(max = 100) String name,

        @NotEmpty @Size(max = 7)
        List<
                        @NotNull
                        @Pattern(regexp = ApiKeyScopes.PATTERN, message = "must be one of " + ApiKeyScopes.PATTERN)
                        String>
                scopes,

        @Future Instant expiresAt) {

    /** The scopes once each, in one order. */
    List<String> distinctScopes() {
        return List.copyOf(new TreeSet<>(scopes));
    }
}
