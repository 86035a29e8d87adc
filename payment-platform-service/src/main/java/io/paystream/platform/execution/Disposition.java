package io.paystream.platform.execution;

import java.time.Duration;

/** What becomes of the message after a delivery: deleted, or left for SQS to deliver again after a delay. */
public sealed interface Disposition {

    Disposition DONE = new Done();

    record Done() implements Disposition {}

    record RetryAfter(Duration delay, String reason) implements Disposition {}
}
