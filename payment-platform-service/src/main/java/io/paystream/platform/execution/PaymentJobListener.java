package io.paystream.platform.execution;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.Visibility;
import io.awspring.cloud.sqs.listener.acknowledgement.Acknowledgement;
import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.PaymentQueues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Takes jobs off {@value PaymentQueues#PAYMENT_REQUESTS}. A message is deleted only once its operation is
 * recorded or handed to the reconciler; one that cannot be parsed is never deleted and ends in the DLQ.
 */
@Component
class PaymentJobListener {

    private final JobExecutor executor;
    private final int visibilitySeconds;

    PaymentJobListener(
            JobExecutor executor, @Value("${paystream.platform.visibility-seconds:30}") int visibilitySeconds) {
        this.executor = executor;
        this.visibilitySeconds = visibilitySeconds;
    }

    @SqsListener(
            value = PaymentQueues.PAYMENT_REQUESTS,
            acknowledgementMode = "MANUAL",
            maxConcurrentMessages = "${paystream.platform.max-concurrent-jobs:10}",
            messageVisibilitySeconds = "${paystream.platform.visibility-seconds:30}")
    void onJob(PaymentJob job, Visibility visibility, Acknowledgement acknowledgement) {
        // While the work goes on, each lease renewal holds the message back for another visibility timeout.
        switch (executor.handle(job, () -> visibility.changeToAsync(visibilitySeconds))) {
            case Disposition.Done done -> acknowledgement.acknowledge();
            // Not acknowledged: SQS delivers it again after the backoff, and the DLQ takes it after maxReceiveCount.
            case Disposition.RetryAfter retry ->
                visibility.changeTo((int) Math.max(1, retry.delay().toSeconds()));
        }
    }
}
