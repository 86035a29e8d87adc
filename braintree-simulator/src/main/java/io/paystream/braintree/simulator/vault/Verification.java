package io.paystream.braintree.simulator.vault;

import java.time.Instant;

/** The card verification run when a card is vaulted with {@code verifyCard}: {@code verified} or declined. */
public record Verification(
        String id,
        String status,
        String processorResponseCode,
        String processorResponseText,
        String processorResponseType,
        String merchantAccountId,
        String currencyIsoCode,
        Instant createdAt) {

    public boolean verified() {
        return "verified".equals(status);
    }
}
