package io.paystream.orders.order;

import io.paystream.contracts.Money;
import java.util.List;

/** The command behind {@code POST /v1/orders}, validated: what the caller wants to order. */
public record PlaceOrder(Money amount, String reference, List<OrderItem> items) {}
