package io.paystream.merchants.apikey;

import io.paystream.edge.apikey.ApiKeyUse;
import io.paystream.edge.idempotency.IdempotencyKeys;
import io.paystream.merchants.merchant.MerchantRefused;
import io.paystream.merchants.merchant.MerchantRefused.Refusal;
import io.paystream.merchants.merchant.Merchants;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists and revokes a merchant's API keys. */
@Service
class ApiKeyService {

    static final int CREATED = 201;

    private final ApiKeys keys;
    private final ApiKeySecrets secrets;
    private final Merchants merchants;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    ApiKeyService(
            ApiKeys keys, ApiKeySecrets secrets, Merchants merchants, IdempotencyKeys idempotencyKeys, Clock clock) {
        this.keys = keys;
        this.secrets = secrets;
        this.merchants = merchants;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    /** Moves each key's {@code lastUsedAt} forward to what an edge saw; not a change the edges' copy needs. */
    @Transactional
    void recordUse(List<ApiKeyUse> uses) {
        uses.forEach(use -> keys.recordUse(use.merchantId(), use.keyId(), use.lastUsedAt()));
    }

    /**
     * A new key, in the clear only in this answer. A retry under the same Idempotency-Key cannot show it again (it is
     * kept nowhere): it is refused, naming the key that was issued, so that the operator revokes it and asks anew.
     */
    @Transactional
    IssuedApiKey issue(String operator, String idempotencyKey, String merchantId, NewApiKey request) {
        requireMerchant(merchantId);
        String secret = secrets.newKey();
        ApiKey key = new ApiKey(
                ApiKeySecrets.newKeyId(),
                merchantId,
                request.name(),
                secret.substring(0, ApiKeySecrets.PREFIX_LENGTH),
                secrets.hash(secret),
                request.distinctScopes(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MICROS),
                null,
                null,
                0);
        String fingerprint = IdempotencyKeys.fingerprint(
                "POST /v1/admin/merchants/" + merchantId + "/api-keys",
                request.name(),
                String.join(" ", request.distinctScopes()),
                String.valueOf(request.expiresAt()));
        idempotencyKeys
                .claim(operator, idempotencyKey, fingerprint, CREATED, key.id())
                .ifPresent(earlier -> {
                    throw new MerchantRefused(
                            Refusal.API_KEY_ALREADY_ISSUED,
                            "This Idempotency-Key issued the key " + earlier.body() + ", shown once in that answer;"
                                    + " if it was lost, revoke " + earlier.body() + " and create another");
                });
        return IssuedApiKey.of(keys.insert(key), secret);
    }

    List<ApiKeyView> list(String merchantId) {
        requireMerchant(merchantId);
        return keys.ofMerchant(merchantId).stream().map(ApiKeyView::of).toList();
    }

    /** Revoked from now on, everywhere within the edges' refresh (5 s); revoking again changes nothing. */
    @Transactional
    ApiKeyView revoke(String merchantId, String keyId) {
        requireMerchant(merchantId);
        if (!keys.revoke(merchantId, keyId, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            throw new MerchantRefused(Refusal.API_KEY_NOT_FOUND, "Merchant " + merchantId + " has no key " + keyId);
        }
        return ApiKeyView.of(keys.find(merchantId, keyId).orElseThrow());
    }

    List<ApiKey> changedAfter(long version, int limit) {
        return keys.changedAfter(version, limit);
    }

    private void requireMerchant(String merchantId) {
        if (!merchants.exists(merchantId)) {
            throw MerchantRefused.noMerchant(merchantId);
        }
    }
}
