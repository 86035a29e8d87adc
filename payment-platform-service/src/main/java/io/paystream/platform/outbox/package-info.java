/** The transactional outbox: events committed with their outcome, relayed to Kafka in batches. */
package io.paystream.platform.outbox;
