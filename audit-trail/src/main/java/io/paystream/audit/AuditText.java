package io.paystream.audit;

/** The one check every text of an entry needs. */
final class AuditText {

    private AuditText() {}

    static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
