package io.paystream.facade.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A 400 listing every bad field at once, so a client fixes its request in one round. */
public final class InvalidRequest extends ProblemException {

    private InvalidRequest(List<FieldError> errors) {
        super(
                ProblemType.INVALID_REQUEST,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid",
                Map.of("errors", List.copyOf(errors)),
                null);
    }

    /** Collects field errors while a request is read; {@link #throwIfAny()} ends the reading. */
    public static final class Collector {

        private final List<FieldError> errors = new ArrayList<>();

        public void add(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidRequest(errors);
            }
        }
    }
}
