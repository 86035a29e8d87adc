package io.paystream.signals;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background loop that works when there is work and otherwise sleeps without a query: rung by its channel's
 * notifications (a trigger's, on the commit that wrote the work), at start and whenever notifications may have been
 * missed. It polls every {@code fallbackPoll} only while PostgreSQL's notifications are not heard, and after a failure
 * it tries again on its own, backing off from one second to thirty.
 */
public final class WokenLoop implements SmartLifecycle, PostgresSignals.Subscriber {

    /** Stops after the web server (which stops at DEFAULT_PHASE - 2048), so that the jobs of the last requests leave. */
    static final int PHASE = 1;

    private static final Logger log = LoggerFactory.getLogger(WokenLoop.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    // A relay batch is one transaction: cut short (interrupted), it rolls back and its rows are sent again later.
    private static final Duration JOIN = Duration.ofSeconds(5);

    private final String name;
    private final PostgresSignals signals;
    private final Duration fallbackPoll;
    private final Runnable work;
    private final Doorbell doorbell = new Doorbell();
    private volatile boolean running;
    private Thread loop;

    /** {@code work} does all there is to do, then returns; it is never run twice at once. */
    public WokenLoop(String name, PostgresSignals signals, String channel, Duration fallbackPoll, Runnable work) {
        this.name = name;
        this.signals = signals;
        this.fallbackPoll = fallbackPoll;
        this.work = work;
        signals.subscribe(channel, this);
    }

    @Override
    public void notified(String payload) {
        doorbell.ring();
    }

    @Override
    public void mayHaveMissed() {
        doorbell.ring();
    }

    @Override
    public synchronized void start() {
        running = true;
        doorbell.ring();
        loop = Thread.ofPlatform().name(name).daemon().start(this::runUntilStopped);
    }

    /** Lets the work in progress finish, for a few seconds, then ends the loop. */
    @Override
    public synchronized void stop() {
        running = false;
        doorbell.ring();
        if (loop != null) {
            try {
                if (!loop.join(JOIN)) {
                    loop.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void runUntilStopped() {
        Duration retry = FIRST_RETRY;
        boolean failed = false;
        while (running) {
            try {
                // Listening, only a ring wakes it: the signals ring when they are lost, too.
                boolean rung =
                        doorbell.await(failed ? retry : signals.listening() ? Duration.ofHours(1) : fallbackPoll);
                if (!running) {
                    return;
                }
                if (rung || failed || !signals.listening()) {
                    work.run();
                }
                failed = false;
                retry = FIRST_RETRY;
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("{} failed ({}); again in {}", name, e.getMessage(), retry);
                failed = true;
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) < 0 ? retry.multipliedBy(2) : LAST_RETRY;
            }
        }
    }
}
