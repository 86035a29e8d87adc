package io.paystream.contracts;

import java.util.List;

/** Kafka topic names of the payment lifecycle, as compile-time constants for listener annotations. */
public final class PaymentTopics {

    public static final String APPROVED = "payment-approved";
    public static final String DECLINED = "payment-declined";
    public static final String DEPOSITED = "payment-deposited";
    public static final String REVERSED = "payment-reversed";
    public static final String REFUNDED = "payment-refunded";
    public static final String FAILED = "payment-failed";

    /** Every payment topic, in lifecycle order. */
    public static final List<String> ALL = List.of(APPROVED, DECLINED, DEPOSITED, REVERSED, REFUNDED, FAILED);

    private PaymentTopics() {}
}
