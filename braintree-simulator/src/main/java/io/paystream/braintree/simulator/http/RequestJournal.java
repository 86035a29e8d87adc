package io.paystream.braintree.simulator.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent gateway requests, so tests can assert how often a service really called the gateway. */
public final class RequestJournal {

    private static final int CAPACITY = 10_000;

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    synchronized void record(RecordedRequest request) {
        if (requests.size() == CAPACITY) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    /** Oldest first. */
    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized void clear() {
        requests.clear();
    }
}
