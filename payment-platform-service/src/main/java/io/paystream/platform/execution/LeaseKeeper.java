package io.paystream.platform.execution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Renews the leases of the operations this instance is working on, and holds their messages back from redelivery,
 * while the gateway call runs. Leases are short, so an instance that dies is taken over within a lease and a
 * visibility timeout of its last renewal, not minutes later; each renewal is fenced by the holder's attempt number.
 * Nothing held, nothing done: an idle instance sends no query.
 */
@Component
class LeaseKeeper {

    private record Held(int attempts, Runnable keepMessage) {}

    private final Map<ExecutionKey, Held> held = new ConcurrentHashMap<>();
    private final Executions executions;
    private final PlatformProperties properties;

    LeaseKeeper(Executions executions, PlatformProperties properties) {
        this.executions = executions;
        this.properties = properties;
    }

    void hold(ExecutionKey key, int attempts, Runnable keepMessage) {
        held.put(key, new Held(attempts, keepMessage));
    }

    void letGo(ExecutionKey key) {
        held.remove(key);
    }

    @Scheduled(fixedDelayString = "${paystream.platform.lease-renew-interval:5s}")
    void renew() {
        held.forEach((key, holding) -> {
            if (executions.renew(key, holding.attempts(), properties.lease())) {
                holding.keepMessage().run();
            } else {
                // Finished, parked, or taken over: nothing left to keep.
                held.remove(key, holding);
            }
        });
    }
}
