package io.paystream.facade.payment;

import io.paystream.facade.web.BodyFields;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.Set;
import java.util.regex.Pattern;

/** The body of {@code POST /v1/payments}: the approval (authorization) of an amount for an order. */
@Schema(
        name = "ApprovePaymentRequest",
        description = "Give exactly one of paymentMethodId and paymentMethodNonce; unknown fields are refused",
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record ApprovePaymentRequest(
        @Schema(
                description = "The order being paid",
                example = "ord_01KD7X2Z9Y8WQ3M4K2P5RT6VXZ",
                maxLength = MAX_ID,
                requiredMode = RequiredMode.REQUIRED)
        String orderId,

        @Schema(
                description = "Minor units of the currency (1050 USD is 10.50)",
                minimum = "1",
                example = "1050",
                requiredMode = RequiredMode.REQUIRED)
        Long amount,

        @Schema(description = "ISO 4217 code", example = "USD", requiredMode = RequiredMode.REQUIRED)
        String currency,

        @Schema(description = "One of the caller's stored methods (pm_…)", maxLength = MAX_ID)
        String paymentMethodId,

        @Schema(description = "A one-time Braintree nonce (printable ASCII)", maxLength = MAX_NONCE)
        String paymentMethodNonce) {

    /** As the orchestrator has it for orders and methods. */
    static final int MAX_ID = 64;

    static final int MAX_NONCE = 512;
    static final Pattern NONCE = Pattern.compile("[\\x21-\\x7E]+");

    private static final Set<String> FIELDS =
            Set.of("orderId", "amount", "currency", "paymentMethodId", "paymentMethodNonce");
    private static final String ONE_METHOD = "give exactly one of paymentMethodId and paymentMethodNonce";

    static void check(BodyFields body) {
        body.only(FIELDS);
        body.text("orderId", MAX_ID, true);
        body.positiveAmount("amount", true);
        body.currency("currency");
        body.text("paymentMethodId", MAX_ID, false);
        body.text("paymentMethodNonce", MAX_NONCE, false, NONCE, "must be printable ASCII without spaces");
        if (body.has("paymentMethodId") == body.has("paymentMethodNonce")) {
            body.error("paymentMethodId", ONE_METHOD);
            body.error("paymentMethodNonce", ONE_METHOD);
        }
    }
}
