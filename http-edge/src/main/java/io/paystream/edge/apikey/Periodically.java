package io.paystream.edge.apikey;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A task of the edge's key copy run every {@code interval} on a daemon thread of its own, from the context's start to
 * its stop (and once more at the stop when {@code againOnStop}). A failure is logged once until a run succeeds again:
 * an unreachable merchant-service is one warning, not one a second.
 */
abstract class Periodically implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Periodically.class);

    private final String name;
    private final Duration firstAfter;
    private final Duration interval;
    private final boolean againOnStop;
    private volatile boolean failing;
    private ScheduledExecutorService runner;

    Periodically(String name, Duration firstAfter, Duration interval, boolean againOnStop) {
        this.name = name;
        this.firstAfter = firstAfter;
        this.interval = interval;
        this.againOnStop = againOnStop;
    }

    abstract void runOnce();

    @Override
    public synchronized void start() {
        runner = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name(name).factory());
        runner.scheduleWithFixedDelay(
                this::runQuietly, firstAfter.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        runner.shutdownNow();
        runner = null;
        if (againOnStop) {
            runQuietly();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return runner != null;
    }

    private void runQuietly() {
        try {
            runOnce();
            if (failing) {
                log.info("{} works again", name);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("{} failed, and is retried every {}: {}", name, interval, e.toString());
                failing = true;
            }
        }
    }
}
