package io.paystream.orders.order;

import io.paystream.contracts.Money;
import io.paystream.edge.problem.InvalidRequest;
import io.paystream.edge.request.IdempotencyKeyHeader;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v1/orders}. Read field by field from the JSON tree rather than bound, so that a wrong
 * type, a missing field and an unknown one are all reported in the same 400.
 */
@Schema(name = "PlaceOrderRequest", description = "An order to create; amounts in the currency's minor units")
record PlaceOrderRequest(
        @Schema(
                description = "Minor units (1050 USD is 10.50)",
                minimum = "1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Long amount,

        @Schema(description = "ISO 4217 code", example = "USD", requiredMode = Schema.RequiredMode.REQUIRED)
        String currency,

        @Schema(description = "The merchant's own reference", maxLength = MAX_REFERENCE)
        String reference,

        @ArraySchema(maxItems = MAX_ITEMS) List<OrderItem> items) {

    static final int MAX_REFERENCE = 128;
    static final int MAX_ITEMS = 100;
    static final int MAX_NAME = 200;
    static final int MAX_SKU = 64;
    static final int MAX_QUANTITY = 10_000;

    private static final Set<String> FIELDS = Set.of("amount", "currency", "reference", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("sku", "name", "quantity", "unitAmount");

    /** The validated command, or an {@link InvalidRequest} naming every bad field and a bad or missing key. */
    static PlaceOrder read(JsonNode body, String idempotencyKey) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        IdempotencyKeyHeader.problemWith(idempotencyKey)
                .ifPresent(problem -> errors.add(IdempotencyKeyHeader.NAME, problem));
        if (body == null || !body.isObject()) {
            errors.add("", "the body must be a JSON object");
            errors.throwIfAny();
        }
        unknownFields(body, FIELDS, "", errors);
        Long amount = positiveAmount(body.get("amount"), "amount", errors);
        String currency = currency(body.get("currency"), errors);
        String reference = text(body.get("reference"), "reference", MAX_REFERENCE, false, errors);
        List<OrderItem> items = items(body.get("items"), errors);
        errors.throwIfAny();
        return new PlaceOrder(Money.of(amount, currency), reference, items);
    }

    private static Long positiveAmount(JsonNode node, String field, InvalidRequest.Collector errors) {
        Long amount = integer(node, field, true, errors);
        if (amount != null && amount <= 0) {
            errors.add(field, "must be a positive number of minor units");
        }
        return amount;
    }

    private static String currency(JsonNode node, InvalidRequest.Collector errors) {
        String code = text(node, "currency", 3, true, errors);
        if (code != null) {
            try {
                Money.of(0, code);
            } catch (IllegalArgumentException unknown) {
                errors.add("currency", "must be an ISO 4217 currency code such as USD: " + unknown.getMessage());
                return null;
            }
        }
        return code;
    }

    private static List<OrderItem> items(JsonNode node, InvalidRequest.Collector errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.size() > MAX_ITEMS) {
            errors.add("items", "must be an array of at most " + MAX_ITEMS + " items");
            return null;
        }
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "items[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                errors.add(path, "must be an object");
                continue;
            }
            unknownFields(item, ITEM_FIELDS, path + ".", errors);
            String sku = text(item.get("sku"), path + ".sku", MAX_SKU, false, errors);
            String name = text(item.get("name"), path + ".name", MAX_NAME, true, errors);
            Long quantity = integer(item.get("quantity"), path + ".quantity", true, errors);
            if (quantity != null && (quantity < 1 || quantity > MAX_QUANTITY)) {
                errors.add(path + ".quantity", "must be between 1 and " + MAX_QUANTITY);
            }
            Long unitAmount = integer(item.get("unitAmount"), path + ".unitAmount", true, errors);
            if (unitAmount != null && unitAmount < 0) {
                errors.add(path + ".unitAmount", "must not be negative");
            }
            if (name != null && quantity != null && unitAmount != null) {
                items.add(new OrderItem(sku, name, quantity.intValue(), unitAmount));
            }
        }
        return items;
    }

    private static Long integer(JsonNode node, String field, boolean required, InvalidRequest.Collector errors) {
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(field, "is required");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            errors.add(field, "must be a whole number that fits in 64 bits");
            return null;
        }
        return node.longValue();
    }

    private static String text(
            JsonNode node, String field, int maxLength, boolean required, InvalidRequest.Collector errors) {
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(field, "is required");
            }
            return null;
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            errors.add(field, "must be a non-blank string");
            return null;
        }
        String value = node.stringValue();
        if (value.length() > maxLength) {
            errors.add(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    private static void unknownFields(
            JsonNode node, Set<String> known, String prefix, InvalidRequest.Collector errors) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!known.contains(property.getKey())) {
                errors.add(prefix + property.getKey(), "is not a known field");
            }
        }
    }
}
