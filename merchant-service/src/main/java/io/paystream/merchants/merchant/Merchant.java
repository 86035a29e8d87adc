package io.paystream.merchants.merchant;

import io.paystream.credentials.SealedCredentials;
import java.time.Instant;

/** A merchant as stored: its Braintree merchant id and the fingerprint in the clear, the credentials sealed. */
public record Merchant(
        String id,
        String name,
        String braintreeMerchantId,
        String credentialsFingerprint,
        SealedCredentials credentials,
        Instant createdAt,
        Instant updatedAt) {}
