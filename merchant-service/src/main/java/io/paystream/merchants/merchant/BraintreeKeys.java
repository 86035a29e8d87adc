package io.paystream.merchants.merchant;

import io.paystream.credentials.BraintreeCredentials;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A merchant's Braintree credentials as an operator sends them. Never stored or logged as they are:
 * {@link #toString} hides the keys, and the service seals them at once.
 */
public record BraintreeKeys(
        @NotBlank @Size(max = 64) @Pattern(regexp = PRINTABLE, message = "must be printable ASCII")
        String merchantId,

        @NotBlank @Size(max = 128) @Pattern(regexp = PRINTABLE, message = "must be printable ASCII")
        String publicKey,

        @NotBlank @Size(max = 128) @Pattern(regexp = PRINTABLE, message = "must be printable ASCII")
        String privateKey,

        @Size(max = 50)
        Map<
                        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String,
                        @NotBlank @Size(max = 64) @Pattern(regexp = PRINTABLE, message = "must be printable ASCII")
                        String>
                merchantAccounts) {

    static final String PRINTABLE = "[\\x21-\\x7E]+";

    BraintreeCredentials credentials() {
        return new BraintreeCredentials(
                merchantId, publicKey, privateKey, merchantAccounts == null ? Map.of() : merchantAccounts);
    }

    @Override
    public String toString() {
        return "BraintreeKeys[merchantId=" + merchantId + ", keys hidden]";
    }
}
