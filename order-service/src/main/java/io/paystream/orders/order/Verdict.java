package io.paystream.orders.order;

/** What an order made of a payment event: applied, not applicable yet, or never applicable. */
public sealed interface Verdict {

    /** The event changed the order; {@code entry} is what goes into its history. */
    record Applied(HistoryEntry entry) implements Verdict {}

    /** The event does not fit yet but may after other events: it is parked. */
    record NotYet(String reason) implements Verdict {}

    /** The event can never fit: it becomes an anomaly on the order. */
    record Rejected(AnomalyKind kind, String detail) implements Verdict {}
}
