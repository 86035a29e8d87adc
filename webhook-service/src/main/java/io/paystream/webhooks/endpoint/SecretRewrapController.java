package io.paystream.webhooks.endpoint;

import io.paystream.credentials.Rewrapping;
import io.paystream.edge.request.IdempotencyKey;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/admin/webhooks/key-encryption-keys/rewrap} (operators), as merchant-service has for gateway credentials: after
 * a new key-encryption key, the endpoints' secrets are re-wrapped under it before the old key may retire, or every
 * signature would stop. Running it again is harmless, so its Idempotency-Key is checked but nothing is stored under it.
 */
@RestController
@Validated
class SecretRewrapController {

    private static final int BATCH = 100;

    private final SigningSecrets secrets;
    private final TransactionTemplate transactions;

    SecretRewrapController(SigningSecrets secrets, TransactionTemplate transactions) {
        this.secrets = secrets;
        this.transactions = transactions;
    }

    @Operation(
            summary =
                    "Re-wrap every signing secret under the current key-encryption key; remaining 0 lets the old retire")
    @PostMapping(path = "/v1/admin/webhooks/key-encryption-keys/rewrap", produces = MediaType.APPLICATION_JSON_VALUE)
    Rewrapping rewrap(@RequestHeader(IdempotencyKeyHeader.NAME) @IdempotencyKey String idempotencyKey) {
        return Rewrapping.run(
                secrets.currentKeyId(),
                BATCH,
                limit -> transactions.execute(status -> secrets.rewrapSome(limit)),
                secrets::countWrappedByOtherThanCurrent);
    }
}
