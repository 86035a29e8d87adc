package io.paystream.contracts;

import java.util.List;

/** Kafka topic names of the wallet's changes, as compile-time constants for listener annotations. */
public final class WalletTopics {

    /** {@link PaymentMethodRemoved}: a stored method deleted by its customer. */
    public static final String METHOD_REMOVED = "wallet-payment-method-removed";

    /** Every wallet topic. */
    public static final List<String> ALL = List.of(METHOD_REMOVED);

    private WalletTopics() {}
}
