package io.paystream.platform.gateway;

import io.paystream.contracts.PaymentJob;

/** The payment gateway, as the executor needs it: do an operation, or find out whether it was done. */
public interface Gateway {

    /** Runs the job's operation once; the job's {@code operationId} goes along as Braintree's {@code orderId}. */
    GatewayOutcome execute(PaymentJob job);

    /** Asks the gateway whether this job's operation already happened, from the gateway's own records. */
    Lookup lookup(PaymentJob job);
}
