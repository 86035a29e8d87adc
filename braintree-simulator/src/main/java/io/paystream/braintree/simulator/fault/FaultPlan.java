package io.paystream.braintree.simulator.fault;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The armed faults, first armed first applied; each request takes at most one. */
public final class FaultPlan {

    private final List<Armed> armed = new ArrayList<>();

    public synchronized void arm(Fault fault) {
        armed.add(new Armed(fault, fault.count()));
    }

    /** Takes one use of the first armed fault matching {@code operation}, if any. */
    public synchronized Optional<Fault> take(String operation) {
        Iterator<Armed> iterator = armed.iterator();
        while (iterator.hasNext()) {
            Armed entry = iterator.next();
            if (entry.fault.matches(operation)) {
                if (--entry.remaining == 0) {
                    iterator.remove();
                }
                return Optional.of(entry.fault);
            }
        }
        return Optional.empty();
    }

    /** The faults still armed, each with the uses it has left as its count. */
    public synchronized List<Fault> pending() {
        return armed.stream().map(a -> a.fault.times(a.remaining)).toList();
    }

    public synchronized void clear() {
        armed.clear();
    }

    private static final class Armed {
        private final Fault fault;
        private int remaining;

        private Armed(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
