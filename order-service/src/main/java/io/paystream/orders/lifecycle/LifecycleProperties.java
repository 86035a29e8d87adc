package io.paystream.orders.lifecycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long events wait before they are applied out of order or given up on.
 *
 * @param sequenceWait how long an event waits for the earlier operations of its payment (lower {@code sequence})
 *     before the state machine alone decides; events on six topics overtake each other by milliseconds to seconds
 * @param parkingLimit how long a parked event may wait to fit before it becomes an anomaly, counted from when it
 *     was parked or from this instance's start, whichever is later, so a restart never expires the events whose
 *     predecessors are still unread on Kafka
 * @param sweepBatch how many orders or expired events one sweep handles
 */
@ConfigurationProperties("paystream.orders.lifecycle")
public record LifecycleProperties(
        @DefaultValue("60s") Duration sequenceWait,
        @DefaultValue("1h") Duration parkingLimit,
        @DefaultValue("100") int sweepBatch) {}
