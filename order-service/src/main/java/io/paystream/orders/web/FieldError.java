package io.paystream.orders.web;

/** One bad part of a request: a body field as a JSON path ({@code items[0].name}) or a header name. */
public record FieldError(String field, String message) {}
