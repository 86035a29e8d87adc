/** The payments orchestrator: payment state, idempotency keys, amount invariants, the SQS hand-off. */
package io.paystream.orchestrator;
