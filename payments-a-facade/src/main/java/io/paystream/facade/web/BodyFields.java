package io.paystream.facade.web;

import io.paystream.contracts.Money;
import io.paystream.edge.problem.InvalidRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object checked field by field, so that a wrong type, a missing field and an unknown one are all reported
 * in the same 400. A field that is {@code null} counts as absent. Problems are named by JSON path.
 */
public final class BodyFields {

    private final JsonNode node;
    private final String prefix;
    private final InvalidRequest.Collector errors;

    private BodyFields(JsonNode node, String prefix, InvalidRequest.Collector errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** The fields of a body that is a JSON object. */
    public static BodyFields of(JsonNode body, InvalidRequest.Collector errors) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return new BodyFields(body, "", errors);
    }

    /** Refuses every field not named in {@code known}: a misspelt optional field must not pass unnoticed. */
    public BodyFields only(Set<String> known) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!known.contains(property.getKey())) {
                errors.add(path(property.getKey()), "is not a known field");
            }
        }
        return this;
    }

    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    public void error(String name, String message) {
        errors.add(path(name), message);
    }

    /** A whole number of minor units above zero. */
    public void positiveAmount(String name, boolean required) {
        wholeNumber(name, 1, Long.MAX_VALUE, required, "must be a positive whole number of minor units");
    }

    public void wholeNumber(String name, long min, long max, boolean required, String rangeMessage) {
        JsonNode value = present(name, required);
        if (value == null) {
            return;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            error(name, "must be a whole number that fits in 64 bits");
        } else if (value.longValue() < min || value.longValue() > max) {
            error(name, rangeMessage);
        }
    }

    /** An ISO 4217 code of a currency of money, as {@link Money} accepts it. */
    public void currency(String name) {
        String code = text(name, 3, true);
        if (code != null) {
            try {
                Money.of(0, code);
            } catch (IllegalArgumentException unknown) {
                error(name, "must be an ISO 4217 currency code such as USD");
            }
        }
    }

    /** A non-blank string of at most {@code maxLength} characters; returns it when it is one. */
    public String text(String name, int maxLength, boolean required) {
        JsonNode value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            error(name, "must be a non-blank string");
        } else if (value.stringValue().length() > maxLength) {
            error(name, "must be at most " + maxLength + " characters");
        } else {
            return value.stringValue();
        }
        return null;
    }

    /** Like {@link #text} and also matching {@code pattern}, explained by {@code message} when it does not. */
    public void text(String name, int maxLength, boolean required, Pattern pattern, String message) {
        String value = text(name, maxLength, required);
        if (value != null && !pattern.matcher(value).matches()) {
            error(name, message);
        }
    }

    /** Any string, blank included, of at most {@code maxLength} characters. */
    public void string(String name, int maxLength) {
        JsonNode value = present(name, false);
        if (value != null && (!value.isString() || value.stringValue().length() > maxLength)) {
            error(name, "must be a string of at most " + maxLength + " characters");
        }
    }

    public void bool(String name) {
        JsonNode value = present(name, false);
        if (value != null && !value.isBoolean()) {
            error(name, "must be true or false");
        }
    }

    public void oneOf(String name, Set<String> allowed) {
        oneOf(name, allowed, true);
    }

    public void oneOf(String name, Set<String> allowed, boolean required) {
        JsonNode value = present(name, required);
        if (value != null && !(value.isString() && allowed.contains(value.stringValue()))) {
            error(
                    name,
                    "must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    /** The nested object's fields, when the field is present and is an object. */
    public Optional<BodyFields> object(String name, boolean required) {
        JsonNode value = present(name, required);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            error(name, "must be an object");
            return Optional.empty();
        }
        return Optional.of(new BodyFields(value, path(name) + ".", errors));
    }

    /** An array of 1 to {@code maxItems} strings, each one of {@code allowed}. */
    public void eachOneOf(String name, int maxItems, boolean required, Collection<String> allowed) {
        JsonNode value = present(name, required);
        if (value == null) {
            return;
        }
        if (!value.isArray() || value.isEmpty() || value.size() > maxItems) {
            error(name, "must be an array of 1 to " + maxItems + " items");
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!(value.get(i).isString() && allowed.contains(value.get(i).stringValue()))) {
                errors.add(path(name) + "[" + i + "]", "must be one of " + String.join(", ", allowed));
            }
        }
    }

    /** The fields of each object in the array, when the field is an array of at most {@code maxItems}. */
    public List<BodyFields> objects(String name, int maxItems) {
        JsonNode value = present(name, false);
        List<BodyFields> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray() || value.size() > maxItems) {
            error(name, "must be an array of at most " + maxItems + " items");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            String itemPath = path(name) + "[" + i + "]";
            if (value.get(i).isObject()) {
                items.add(new BodyFields(value.get(i), itemPath + ".", errors));
            } else {
                errors.add(itemPath, "must be an object");
            }
        }
        return items;
    }

    private JsonNode present(String name, boolean required) {
        if (has(name)) {
            return node.get(name);
        }
        if (required) {
            error(name, "is required");
        }
        return null;
    }

    private String path(String name) {
        return prefix + name;
    }
}
