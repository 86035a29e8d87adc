/**
 * Wake-ups from commits: {@link io.paystream.signals.PostgresSignals} (LISTEN/NOTIFY), and
 * {@link io.paystream.signals.WokenLoop}, the background loop an outbox relay runs in.
 */
package io.paystream.signals;
