package io.paystream.platform.gateway;

import io.paystream.contracts.PaymentJob;
import java.util.Optional;

/** The payment gateway, as the executor needs it: do an operation, or find out whether it was done. */
public interface Gateway {

    /** Runs the job's operation once; the job's {@code operationId} goes along as Braintree's {@code orderId}. */
    GatewayOutcome execute(PaymentJob job);

    /**
     * Asks the gateway whether this job's operation already happened, from the gateway's own records: the
     * outcome if it did, empty if it did not, or {@link GatewayOutcome.Transient} if the gateway could not say.
     */
    Optional<GatewayOutcome> lookup(PaymentJob job);
}
