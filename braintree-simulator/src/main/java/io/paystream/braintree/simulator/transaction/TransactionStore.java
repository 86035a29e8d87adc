package io.paystream.braintree.simulator.transaction;

import io.paystream.braintree.simulator.http.ResourceNotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Every transaction the gateway created, declined ones included, in creation order. Guarded by the simulator's lock. */
public final class TransactionStore {

    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Map<String, Transaction> transactions = new LinkedHashMap<>();

    /** A fresh id shaped like the gateway's: eight lower-case letters and digits, safe in a URL path. */
    String newId() {
        String id;
        do {
            StringBuilder candidate = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                candidate.append(ALPHANUMERIC.charAt(ThreadLocalRandom.current().nextInt(ALPHANUMERIC.length())));
            }
            id = candidate.toString();
        } while (transactions.containsKey(id));
        return id;
    }

    void add(Transaction transaction) {
        transactions.put(transaction.id(), transaction);
    }

    Optional<Transaction> find(String id) {
        return Optional.ofNullable(transactions.get(id));
    }

    /** The transaction, or the gateway's 404. */
    Transaction get(String id) {
        return find(id).orElseThrow(() -> new ResourceNotFound("transaction " + id));
    }

    List<Transaction> all() {
        return List.copyOf(transactions.values());
    }

    public List<RecordedTransaction> snapshots() {
        return transactions.values().stream().map(RecordedTransaction::of).toList();
    }

    public Optional<RecordedTransaction> snapshot(String id) {
        return find(id).map(RecordedTransaction::of);
    }

    public void reset() {
        transactions.clear();
    }
}
