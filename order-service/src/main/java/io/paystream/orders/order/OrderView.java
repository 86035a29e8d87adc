package io.paystream.orders.order;

import java.time.Instant;
import java.util.List;

/** An order as the API shows it to its owner: status, amounts, every applied event and every anomaly. */
public record OrderView(
        String orderId,
        OrderStatus status,
        long amount,
        String currency,
        long paidAmount,
        long refundedAmount,
        String reference,
        List<OrderItem> items,
        String paymentId,
        List<HistoryEntry> history,
        List<Anomaly> anomalies,
        Instant createdAt,
        Instant updatedAt) {

    static OrderView of(Order order, List<HistoryEntry> history, List<Anomaly> anomalies) {
        OrderTerms terms = order.terms();
        return new OrderView(
                terms.id(),
                order.status(),
                terms.amount().amount(),
                terms.currency(),
                order.paidAmount(),
                order.refundedAmount(),
                terms.reference(),
                terms.items(),
                order.paymentId(),
                history,
                anomalies,
                terms.createdAt(),
                order.updatedAt());
    }
}
