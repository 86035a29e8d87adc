package io.paystream.facade.payment;

import io.paystream.facade.web.BodyFields;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** The body of a reversal: an empty object, as the whole approval is reversed. */
@Schema(
        name = "ReversalRequest",
        description = "An empty object",
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record ReversalRequest() {

    static void check(BodyFields body) {
        body.only(Set.of());
    }
}
