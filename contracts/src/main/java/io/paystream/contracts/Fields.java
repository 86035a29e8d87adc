package io.paystream.contracts;

import java.util.Objects;

/** Argument checks shared by the records of this package. */
final class Fields {

    private Fields() {}

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> T require(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    static long requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}
