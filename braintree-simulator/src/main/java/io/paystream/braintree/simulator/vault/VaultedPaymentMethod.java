package io.paystream.braintree.simulator.vault;

import io.paystream.braintree.simulator.nonce.Instrument;
import java.time.Instant;

/** A payment method stored in the vault under its token; {@code verification} is null when none was asked for. */
public record VaultedPaymentMethod(
        String token,
        String customerId,
        Instrument instrument,
        boolean isDefault,
        Instant createdAt,
        Verification verification) {

    VaultedPaymentMethod withDefault(boolean value) {
        return new VaultedPaymentMethod(token, customerId, instrument, value, createdAt, verification);
    }
}
