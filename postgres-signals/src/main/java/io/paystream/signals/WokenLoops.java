package io.paystream.signals;

import java.time.Duration;
import java.util.List;
import org.springframework.context.SmartLifecycle;

/** A {@link WokenLoop} for every {@link WokenWork} of the service, started and stopped with it. */
final class WokenLoops implements SmartLifecycle {

    private final List<WokenLoop> loops;
    private volatile boolean running;

    WokenLoops(PostgresSignals signals, List<WokenWork> works, Duration fallbackPoll) {
        loops = works.stream()
                .map(work -> new WokenLoop(
                        work.getClass().getSimpleName(), signals, work.channel(), fallbackPoll, work::run))
                .toList();
    }

    @Override
    public void start() {
        loops.forEach(WokenLoop::start);
        running = true;
    }

    @Override
    public void stop() {
        loops.forEach(WokenLoop::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WokenLoop.PHASE;
    }
}
