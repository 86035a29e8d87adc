package io.paystream.merchants.merchant;

import java.time.Instant;

/** A merchant as the operator API shows it: of its credentials only the Braintree merchant id and a fingerprint. */
public record MerchantView(String id, String name, Braintree braintree, Instant createdAt, Instant updatedAt) {

    static MerchantView of(Merchant merchant) {
        return new MerchantView(
                merchant.id(),
                merchant.name(),
                new Braintree(merchant.braintreeMerchantId(), merchant.credentialsFingerprint()),
                merchant.createdAt(),
                merchant.updatedAt());
    }

    /** What identifies the credentials without revealing them. */
    public record Braintree(String merchantId, String credentialsFingerprint) {}
}
