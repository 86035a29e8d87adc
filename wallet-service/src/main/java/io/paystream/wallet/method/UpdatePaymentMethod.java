package io.paystream.wallet.method;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The body of {@code PATCH /v1/wallet/payment-methods/{id}}: absent fields stay as they are. */
public record UpdatePaymentMethod(
        @Size(max = 50) String nickname,
        Boolean makeDefault,
        @Valid BillingAddress billingAddress) {}
