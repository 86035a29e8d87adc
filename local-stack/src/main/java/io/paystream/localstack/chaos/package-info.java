/**
 * {@code ./paystream chaos}: checkouts from careful clients while every service is killed and started again, the
 * brokers and the database are restarted and the gateway misbehaves; then each payment, order and gateway
 * transaction is checked against the simulator's own ledger.
 */
package io.paystream.localstack.chaos;
