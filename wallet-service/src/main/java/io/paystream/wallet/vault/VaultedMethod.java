package io.paystream.wallet.vault;

import io.paystream.contracts.PaymentMethodType;

/** A method as the vault holds it: its token and what the customer may see of it. */
public record VaultedMethod(
        PaymentMethodType type,
        String gatewayToken,
        String brand,
        String last4,
        String expiryMonth,
        String expiryYear,
        String payerEmail) {

    @Override
    public String toString() {
        return "VaultedMethod[type=" + type + ", brand=" + brand + ", last4=" + last4 + ", token=<redacted>]";
    }
}
