/** Idempotency keys with Stripe's semantics (ARCHITECTURE §4), kept 30 days. */
package io.paystream.orchestrator.idempotency;
