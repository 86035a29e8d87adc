package io.paystream.signals;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What a background loop sleeps on until there is work: rings coalesce, so a burst of notifications wakes it once
 * more, not once per ring.
 */
public final class Doorbell {

    private final Semaphore rung = new Semaphore(0);

    public void ring() {
        if (rung.availablePermits() == 0) {
            rung.release();
        }
    }

    /** True when rung (now or since the last wait), false when {@code atMost} passed first. */
    public boolean await(Duration atMost) throws InterruptedException {
        boolean woken = rung.tryAcquire(atMost.toNanos(), TimeUnit.NANOSECONDS);
        rung.drainPermits();
        return woken;
    }
}
