package io.paystream.orchestrator.payment;

import io.paystream.contracts.PaymentMethodType;

/** The method a payment charges: a stored one (with its gateway token, never shown) or a one-time nonce. */
public record PaymentMethodRef(String id, PaymentMethodType type, String brand, String last4, String gatewayToken) {

    static PaymentMethodRef oneTime() {
        return new PaymentMethodRef(null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "PaymentMethodRef[id=" + id + ", type=" + type + ", gatewayToken=<redacted>]";
    }
}
