package io.paystream.edge.problem;

/** One bad part of a request: a body field as a JSON path ({@code items[0].name}), a header or a query parameter. */
public record FieldError(String field, String message) {}
