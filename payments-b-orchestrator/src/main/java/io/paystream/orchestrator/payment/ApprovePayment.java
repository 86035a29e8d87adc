package io.paystream.orchestrator.payment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /v1/payments}: approve {@code amount} for an order, by stored method or nonce. */
public record ApprovePayment(
        @NotBlank @Size(max = 64) String orderId,
        @NotNull @Positive Long amount,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        String currency,

        @Size(max = 64) String paymentMethodId,
        @Size(max = 512) String paymentMethodNonce) {

    @AssertTrue(message = "give exactly one of paymentMethodId and paymentMethodNonce")
    boolean isExactlyOneMethod() {
        return (paymentMethodId == null) != (paymentMethodNonce == null);
    }
}
