package io.paystream.wallet.method;

import io.paystream.contracts.PaymentMethodType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /v1/wallet/payment-methods}: a one-time Braintree nonce to vault. */
public record AddPaymentMethod(
        @NotNull PaymentMethodType type,

        @NotBlank @Size(max = 512) @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII")
        String nonce,

        @Size(max = 50) String nickname,
        Boolean makeDefault,
        @Valid BillingAddress billingAddress) {

    /** The same request, byte for byte in meaning: what an idempotent replay must match. */
    String fingerprint() {
        return String.join(
                "|",
                type.name(),
                nonce,
                String.valueOf(nickname),
                String.valueOf(makeDefault),
                String.valueOf(billingAddress));
    }
}
