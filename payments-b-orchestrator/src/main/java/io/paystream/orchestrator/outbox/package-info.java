/** The job outbox: SQS jobs committed with the state change that asks for them, relayed in batches. */
package io.paystream.orchestrator.outbox;
