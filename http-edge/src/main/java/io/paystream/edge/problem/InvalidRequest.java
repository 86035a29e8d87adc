package io.paystream.edge.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A 400 listing every bad field at once, so a client fixes its request in one round. */
public final class InvalidRequest extends ProblemException {

    private InvalidRequest(List<FieldError> errors) {
        super(EdgeProblem.INVALID_REQUEST, detail(errors.size()), Map.of("errors", List.copyOf(errors)), null);
    }

    public static InvalidRequest of(List<FieldError> errors) {
        return new InvalidRequest(errors);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new FieldError(field, message)));
    }

    static String detail(int count) {
        return count == 1 ? "1 field is invalid" : count + " fields are invalid";
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
