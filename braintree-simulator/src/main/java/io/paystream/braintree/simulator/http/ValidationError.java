package io.paystream.braintree.simulator.http;

import java.util.List;

/**
 * One gateway validation error: the dashed object path it nests under (e.g. {@code [customer, credit-card]}), the
 * snake_case attribute ({@code base} for state errors), the numeric code clients branch on, and its message.
 */
public record ValidationError(List<String> path, String attribute, String code, String message) {

    public static ValidationError on(String object, String attribute, String code, String message) {
        return new ValidationError(List.of(object), attribute, code, message);
    }
}
