package io.paystream.wallet.method;

import io.paystream.contracts.PaymentMethodType;
import java.time.Instant;

/** A payment method as its owner sees it: display details only, never the gateway token. */
public record PaymentMethodView(
        String id,
        PaymentMethodType type,
        String brand,
        String last4,
        String expiryMonth,
        String expiryYear,
        String payerEmail,
        String nickname,
        BillingAddress billingAddress,
        boolean isDefault,
        Instant createdAt) {}
