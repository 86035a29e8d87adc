package io.paystream.wallet.method;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A billing address kept with the method for the customer's own reference. */
public record BillingAddress(
        @NotBlank @Size(max = 100) String line1,
        @Size(max = 100) String line2,
        @NotBlank @Size(max = 60) String city,
        @Size(max = 60) String region,
        @NotBlank @Size(max = 16) String postalCode,

        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String countryCode) {}
