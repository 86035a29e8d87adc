package io.paystream.edge.request;

import io.paystream.edge.problem.InvalidRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The query of a list (ARCHITECTURE §11): {@code ?status=&customerId=&createdFrom=&createdTo=&limit=&startingAfter=},
 * newest first; {@code startingAfter} is the id of the last item of the page before. Every filter narrows what the
 * caller may see anyway: a shopper's {@code customerId} of someone else finds nothing. Unknown or repeated parameters
 * and bad values are a 400 naming each.
 */
public record ListQuery(
        String status, String customerId, Instant createdFrom, Instant createdTo, int limit, String startingAfter) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private static final Set<String> PARAMETERS =
            Set.of("status", "customerId", "createdFrom", "createdTo", "limit", "startingAfter");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern STATUS_NAME = Pattern.compile("[A-Z_]{1,40}");
    private static final Pattern CUSTOMER = Pattern.compile("[^\\p{Cntrl}]{1,255}");

    /**
     * Reads {@code parameters} as an edge that passes the list on does: any status name is let through to the service
     * that knows its statuses.
     */
    public static ListQuery read(Map<String, String[]> parameters) {
        return read(parameters, (Set<String>) null);
    }

    /** Reads {@code parameters} (a servlet request's), {@code status} being the name of one of {@code statuses}. */
    public static <E extends Enum<E>> ListQuery read(Map<String, String[]> parameters, Class<E> statuses) {
        return read(
                parameters, EnumSet.allOf(statuses).stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    /** Reads {@code parameters} (a servlet request's), {@code status} being one of {@code statuses}. */
    public static ListQuery read(Map<String, String[]> parameters, Set<String> statuses) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        parameters.forEach((name, values) -> {
            if (!PARAMETERS.contains(name)) {
                errors.add(
                        name,
                        "is not a parameter of this list; use "
                                + String.join(", ", PARAMETERS.stream().sorted().toList()));
            } else if (values.length > 1) {
                errors.add(name, "may be given once");
            }
        });
        String status = one(parameters, "status");
        if (status != null && statuses == null && !STATUS_NAME.matcher(status).matches()) {
            errors.add("status", "must be a status name such as CAPTURED");
        } else if (status != null && statuses != null && !statuses.contains(status)) {
            errors.add(
                    "status",
                    "must be one of "
                            + String.join(", ", statuses.stream().sorted().toList()));
        }
        String customerId = one(parameters, "customerId");
        if (customerId != null && !CUSTOMER.matcher(customerId).matches()) {
            errors.add("customerId", "must be 1 to 255 characters");
        }
        Instant createdFrom = instant(parameters, "createdFrom", errors);
        Instant createdTo = instant(parameters, "createdTo", errors);
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            errors.add("createdTo", "must be after createdFrom");
        }
        int limit = limit(one(parameters, "limit"), errors);
        String startingAfter = one(parameters, "startingAfter");
        if (startingAfter != null && !ID.matcher(startingAfter).matches()) {
            errors.add("startingAfter", "must be the id of an item of the page before");
        }
        errors.throwIfAny();
        return new ListQuery(status, customerId, createdFrom, createdTo, limit, startingAfter);
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static Instant instant(Map<String, String[]> parameters, String name, InvalidRequest.Collector errors) {
        String value = one(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException unreadable) {
            errors.add(name, "must be an instant such as 2026-12-04T10:15:30Z");
            return null;
        }
    }

    private static int limit(String value, InvalidRequest.Collector errors) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (value.matches("\\d{1,3}")) {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        }
        errors.add("limit", "must be 1 to " + MAX_LIMIT);
        return DEFAULT_LIMIT;
    }
}
