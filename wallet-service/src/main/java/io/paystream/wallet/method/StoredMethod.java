package io.paystream.wallet.method;

import io.paystream.contracts.PaymentMethodType;
import java.time.Instant;

/** A payment method as the wallet stores it, gateway token included; never sent to a customer as is. */
record StoredMethod(
        String id,
        String merchantId,
        String customerId,
        PaymentMethodType type,
        String gatewayToken,
        String brand,
        String last4,
        String expiryMonth,
        String expiryYear,
        String payerEmail,
        String nickname,
        String billingAddress,
        boolean isDefault,
        String requestFingerprint,
        Instant createdAt) {

    @Override
    public String toString() {
        return "StoredMethod[id=" + id + ", merchantId=" + merchantId + ", customerId=" + customerId + ", type=" + type
                + ", token=<redacted>]";
    }
}
