package io.paystream.contracts;

/** SQS queue names: the orchestrator's jobs for the platform service, and where poison jobs end. */
public final class PaymentQueues {

    public static final String PAYMENT_REQUESTS = "payment-requests-queue";
    public static final String PAYMENT_REQUESTS_DLQ = "payment-requests-dlq";

    private PaymentQueues() {}
}
