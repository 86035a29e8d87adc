package io.paystream.merchants.credentials;

import io.paystream.credentials.Rewrapping;
import io.paystream.edge.request.IdempotencyKey;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/admin/key-encryption-keys/rewrap} (operators): the step between adding a key-encryption key and
 * retiring the old one. Running it again is harmless, so its Idempotency-Key is checked but nothing is stored under it.
 */
@RestController
@Validated
class KeyRotationController {

    private final KeyRotation rotation;

    KeyRotationController(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Operation(summary = "Re-wrap every data key under the current key-encryption key; remaining 0 lets the old retire")
    @PostMapping(path = "/v1/admin/key-encryption-keys/rewrap", produces = MediaType.APPLICATION_JSON_VALUE)
    Rewrapping rewrap(@RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey) {
        return rotation.rewrapAll();
    }
}
