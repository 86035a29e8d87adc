package io.paystream.merchants.apikey;

import io.paystream.edge.request.IdempotencyKey;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/admin/merchants/{merchantId}/api-keys}: operators issue, list and revoke a merchant's keys. */
@RestController
@RequestMapping(path = "/v1/admin/merchants/{merchantId}/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
class ApiKeyController {

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @Operation(summary = "Issue a key: the answer holds it once, it is kept only as a keyed hash")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IssuedApiKey> issue(
            @AuthenticationPrincipal Jwt operator,
            @RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey,
            @PathVariable String merchantId,
            @Valid @RequestBody NewApiKey request) {
        IssuedApiKey issued = keys.issue(operator.getSubject(), idempotencyKey, merchantId, request);
        return ResponseEntity.created(URI.create("/v1/admin/merchants/" + merchantId + "/api-keys/" + issued.id()))
                .body(issued);
    }

    @GetMapping
    List<ApiKeyView> list(@PathVariable String merchantId) {
        return keys.list(merchantId);
    }

    @Operation(summary = "Revoke a key: refused everywhere within 5 seconds; revoking again changes nothing")
    @DeleteMapping("/{keyId}")
    ApiKeyView revoke(@PathVariable String merchantId, @PathVariable String keyId) {
        return keys.revoke(merchantId, keyId);
    }
}
