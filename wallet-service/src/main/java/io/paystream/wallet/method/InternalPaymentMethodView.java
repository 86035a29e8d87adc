package io.paystream.wallet.method;

import io.paystream.contracts.PaymentMethodType;

/** What the orchestrator needs to charge a stored method: for the {@code wallet:internal} scope only. */
public record InternalPaymentMethodView(
        String id, PaymentMethodType type, String gatewayToken, String brand, String last4) {

    @Override
    public String toString() {
        return "InternalPaymentMethodView[id=" + id + ", type=" + type + ", gatewayToken=<redacted>]";
    }
}
