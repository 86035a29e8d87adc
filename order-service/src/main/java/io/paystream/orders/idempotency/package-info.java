/** Idempotency keys of POST requests: one outcome per caller and key, replayed on retry, reaped after retention. */
package io.paystream.orders.idempotency;
