package io.paystream.merchants.merchant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v1/admin/merchants}. {@code id} is optional: an operator may choose a readable one (the
 * local stack's {@code mer_demo}, {@code mer_acme}); otherwise one is generated.
 */
public record NewMerchant(
        @Pattern(regexp = MerchantIds.PATTERN, message = "must be mer_ and 3 to 40 lowercase letters, digits or _")
        String id,

        @NotBlank @Size(max = 100) String name,
        @NotNull @Valid BraintreeKeys braintree) {}
