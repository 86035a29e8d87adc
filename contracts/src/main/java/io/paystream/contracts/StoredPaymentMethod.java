package io.paystream.contracts;

import java.util.Objects;

/** A payment method vaulted at the gateway: its kind and the gateway's token for it. */
public record StoredPaymentMethod(PaymentMethodType type, String gatewayToken) {

    public StoredPaymentMethod {
        Objects.requireNonNull(type, "type");
        Fields.requireText(gatewayToken, "gatewayToken");
    }

    @Override
    public String toString() {
        return "StoredPaymentMethod[type=" + type + ", gatewayToken=<redacted>]";
    }
}
