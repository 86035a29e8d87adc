package io.paystream.merchants.apikey;

import io.paystream.edge.apikey.ApiKeyChange;
import io.paystream.edge.apikey.ApiKeyUse;
import io.paystream.edge.request.IdempotencyKey;
import io.paystream.edge.request.IdempotencyKeyHeader;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/api-keys?after=v}: every key change after version {@code v}, for the edges that check keys
 * from a copy of their own (scope {@code merchants:api-keys}). The hash is sent, never a key; {@code after=0} is the
 * whole table. {@code POST /internal/api-keys/usage}: when the edge last saw each key used.
 */
@RestController
@Validated
class ApiKeyChangesController {

    private final ApiKeyService keys;

    ApiKeyChangesController(ApiKeyService keys) {
        this.keys = keys;
    }

    @GetMapping(path = "/internal/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiKeyChange.Page changes(
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit) {
        List<ApiKey> changed = keys.changedAfter(after, limit);
        long latest = changed.isEmpty() ? after : changed.getLast().version();
        return new ApiKeyChange.Page(
                changed.stream().map(ApiKeyChangesController::change).toList(), latest, changed.size() == limit);
    }

    /**
     * When the edge last saw each key used: only ever moves {@code lastUsedAt} forward, so a report sent twice or late
     * changes nothing. The Idempotency-Key is checked for form only, as nothing is stored under it.
     */
    @PostMapping(path = "/internal/api-keys/usage", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void usage(
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey,
            @RequestBody @Valid ApiKeyUse.Report report) {
        keys.recordUse(report.uses());
    }

    private static ApiKeyChange change(ApiKey key) {
        return new ApiKeyChange(
                key.id(), key.merchantId(), key.hash(), key.scopes(), key.expiresAt(), key.revokedAt(), key.version());
    }
}
