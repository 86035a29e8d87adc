package io.paystream.orders.lifecycle;

import java.time.Instant;

/** An event waiting to fit its order, with the latest reason it did not. */
record ParkedEvent(String eventId, String orderId, String payload, String reason, Instant parkedAt) {}
