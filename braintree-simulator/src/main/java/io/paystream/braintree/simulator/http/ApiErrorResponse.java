package io.paystream.braintree.simulator.http;

import io.paystream.braintree.simulator.xml.XmlWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ends a gateway call with HTTP 422 and an {@code api-error-response}: validation errors, or a decline whose
 * transaction (or verification) record is written beside them.
 */
public final class ApiErrorResponse extends RuntimeException {

    private final transient List<ValidationError> errors;
    private final transient Consumer<XmlWriter> record;

    private ApiErrorResponse(String message, List<ValidationError> errors, Consumer<XmlWriter> record) {
        super(message, null, false, false);
        this.errors = errors;
        this.record = record;
    }

    /** Validation errors; the top-level message lists all their messages, one a line. */
    public static ApiErrorResponse of(List<ValidationError> errors) {
        String message =
                String.join("\n", errors.stream().map(ValidationError::message).toList());
        return new ApiErrorResponse(message, List.copyOf(errors), writer -> {});
    }

    public static ApiErrorResponse of(ValidationError error) {
        return of(List.of(error));
    }

    /** A failed outcome without validation errors: a declined transaction or verification, written by {@code record}. */
    public static ApiErrorResponse declined(String message, Consumer<XmlWriter> record) {
        return new ApiErrorResponse(message, List.of(), record);
    }

    public List<ValidationError> errors() {
        return errors;
    }

    void writeRecord(XmlWriter xml) {
        record.accept(xml);
    }
}
