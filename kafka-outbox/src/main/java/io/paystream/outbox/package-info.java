/**
 * The transactional outbox to Kafka: events committed with what they report, relayed in batches right after the
 * commit (woken by {@code postgres-signals}), auto-configured for every service that has a {@code KafkaTemplate}.
 */
package io.paystream.outbox;
