package io.paystream.facade.payment;

import io.paystream.facade.web.BodyFields;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** The body of a deposit or a refund: an amount, or nothing for everything that is left. */
@Schema(
        name = "FollowUpRequest",
        description =
                "Deposit: omitted amount = what remains authorized. Refund: omitted amount = what remains captured",
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record FollowUpRequest(
        @Schema(description = "Minor units of the payment's currency", minimum = "1", example = "500")
        Long amount) {

    static void check(BodyFields body) {
        body.only(Set.of("amount"));
        body.positiveAmount("amount", false);
    }
}
