package io.paystream.orders.order;

/** One line of an order as the client described it; informational, the order amount is what gets paid. */
public record OrderItem(String sku, String name, int quantity, long unitAmount) {}
