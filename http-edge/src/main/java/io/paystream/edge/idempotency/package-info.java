/** Idempotency-Keys stored with their first answer, for a service that keeps them itself. */
package io.paystream.edge.idempotency;
