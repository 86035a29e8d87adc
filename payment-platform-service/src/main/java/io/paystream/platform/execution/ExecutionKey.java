package io.paystream.platform.execution;

import io.paystream.contracts.PaymentJob;

/** An execution row's key: the operation within its merchant (ARCHITECTURE §11), so no statement forgets whose it is. */
record ExecutionKey(String merchantId, String operationId) {

    static ExecutionKey of(PaymentJob job) {
        return new ExecutionKey(job.merchantId(), job.operationId());
    }

    @Override
    public String toString() {
        return operationId + " of " + merchantId;
    }
}
