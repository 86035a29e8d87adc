package io.paystream.facade.order;

import io.paystream.facade.web.BodyFields;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.Set;

/** The body of {@code POST /v1/orders}, with the order service's rules (its {@code PlaceOrderRequest}). */
@Schema(
        name = "PlaceOrderRequest",
        description = "An order to create; amounts in the currency's minor units; unknown fields are refused",
        additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record PlaceOrderRequest(
        @Schema(description = "Minor units (1050 USD is 10.50)", minimum = "1", requiredMode = RequiredMode.REQUIRED)
        Long amount,

        @Schema(description = "ISO 4217 code", example = "USD", requiredMode = RequiredMode.REQUIRED)
        String currency,

        @Schema(description = "The merchant's own reference", maxLength = MAX_REFERENCE)
        String reference,

        @ArraySchema(maxItems = MAX_ITEMS, schema = @Schema(implementation = Item.class))
        List<Item> items) {

    static final int MAX_REFERENCE = 128;
    static final int MAX_ITEMS = 100;
    static final int MAX_NAME = 200;
    static final int MAX_SKU = 64;
    static final int MAX_QUANTITY = 10_000;

    /** One line of the order, informational: not summed against the amount (tax, shipping, discounts). */
    @Schema(name = "OrderItem", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Item(
            @Schema(maxLength = MAX_SKU) String sku,

            @Schema(maxLength = MAX_NAME, requiredMode = RequiredMode.REQUIRED)
            String name,

            @Schema(minimum = "1", maximum = "10000", requiredMode = RequiredMode.REQUIRED)
            Integer quantity,

            @Schema(minimum = "0", requiredMode = RequiredMode.REQUIRED)
            Long unitAmount) {}

    static void check(BodyFields body) {
        body.only(Set.of("amount", "currency", "reference", "items"));
        body.positiveAmount("amount", true);
        body.currency("currency");
        body.text("reference", MAX_REFERENCE, false);
        for (BodyFields item : body.objects("items", MAX_ITEMS)) {
            item.only(Set.of("sku", "name", "quantity", "unitAmount"));
            item.text("sku", MAX_SKU, false);
            item.text("name", MAX_NAME, true);
            item.wholeNumber("quantity", 1, MAX_QUANTITY, true, "must be between 1 and " + MAX_QUANTITY);
            item.wholeNumber("unitAmount", 0, Long.MAX_VALUE, true, "must not be negative");
        }
    }
}
