package io.paystream.facade.wallet;

import io.paystream.contracts.PaymentMethodType;
import io.paystream.facade.web.BodyFields;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The bodies the wallet service takes, with its rules (its {@code AddPaymentMethod}, {@code UpdatePaymentMethod}). */
final class PaymentMethodRequests {

    static final int MAX_NONCE = 512;
    static final int MAX_NICKNAME = 50;

    private static final Pattern NONCE = Pattern.compile("[\\x21-\\x7E]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> TYPES =
            Arrays.stream(PaymentMethodType.values()).map(Enum::name).collect(Collectors.toSet());

    private PaymentMethodRequests() {}

    @Schema(
            name = "AddPaymentMethodRequest",
            description = "A one-time Braintree nonce to vault; unknown fields are refused",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Add(
            @Schema(requiredMode = RequiredMode.REQUIRED) PaymentMethodType type,

            @Schema(
                    description = "Braintree nonce, printable ASCII",
                    maxLength = MAX_NONCE,
                    example = "fake-valid-visa-nonce",
                    requiredMode = RequiredMode.REQUIRED)
            String nonce,

            @Schema(maxLength = MAX_NICKNAME) String nickname,

            @Schema(description = "Make it the default method; the first one always is")
            Boolean makeDefault,

            BillingAddress billingAddress) {

        static void check(BodyFields body) {
            body.only(Set.of("type", "nonce", "nickname", "makeDefault", "billingAddress"));
            body.oneOf("type", TYPES);
            body.text("nonce", MAX_NONCE, true, NONCE, "must be printable ASCII without spaces");
            commonFields(body);
        }
    }

    @Schema(
            name = "UpdatePaymentMethodRequest",
            description = "Absent fields stay as they are; unknown fields are refused",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Update(
            @Schema(maxLength = MAX_NICKNAME) String nickname, Boolean makeDefault, BillingAddress billingAddress) {

        static void check(BodyFields body) {
            body.only(Set.of("nickname", "makeDefault", "billingAddress"));
            commonFields(body);
        }
    }

    @Schema(name = "BillingAddress", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record BillingAddress(
            @Schema(maxLength = 100, requiredMode = RequiredMode.REQUIRED)
            String line1,

            @Schema(maxLength = 100) String line2,

            @Schema(maxLength = 60, requiredMode = RequiredMode.REQUIRED)
            String city,

            @Schema(maxLength = 60) String region,

            @Schema(maxLength = 16, requiredMode = RequiredMode.REQUIRED)
            String postalCode,

            @Schema(description = "ISO 3166-1 alpha-2", example = "US", requiredMode = RequiredMode.REQUIRED)
            String countryCode) {}

    private static void commonFields(BodyFields body) {
        body.string("nickname", MAX_NICKNAME);
        body.bool("makeDefault");
        body.object("billingAddress", false).ifPresent(address -> {
            address.only(Set.of("line1", "line2", "city", "region", "postalCode", "countryCode"));
            address.text("line1", 100, true);
            address.string("line2", 100);
            address.text("city", 60, true);
            address.string("region", 60);
            address.text("postalCode", 16, true);
            address.text("countryCode", 2, true, COUNTRY, "must be an ISO 3166-1 alpha-2 code");
        });
    }
}
