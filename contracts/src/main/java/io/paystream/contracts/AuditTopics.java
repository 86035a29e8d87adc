package io.paystream.contracts;

import java.util.List;

/** Kafka topic names of the audit trail's inputs (ARCHITECTURE §12), as compile-time constants for listeners. */
public final class AuditTopics {

    /** {@link GatewayAttemptRecorded}: one call the platform made to the gateway, keyed by payment. */
    public static final String GATEWAY_ATTEMPTS = "payment-gateway-attempts";

    /** Every audit topic. */
    public static final List<String> ALL = List.of(GATEWAY_ATTEMPTS);

    private AuditTopics() {}
}
