package io.paystream.orders.order;

import io.paystream.contracts.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the customer ordered, fixed at creation: who (a sub at a merchant), how much, and what for. */
public record OrderTerms(
        String id,
        String merchantId,
        String customerId,
        Money amount,
        String reference,
        List<OrderItem> items,
        Instant createdAt) {

    public OrderTerms {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an order amount must be positive: " + amount);
        }
        items = items == null ? null : List.copyOf(items);
    }

    public String currency() {
        return amount.currency().getCurrencyCode();
    }
}
