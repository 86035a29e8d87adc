package io.paystream.audit;

import java.util.Objects;

/** A stored record of the chain: its row id, its entry, the hash it was chained to and its own. */
public record ChainedRecord(String recordId, AuditEntry entry, String previousHash, String hash) {

    public ChainedRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    public long sequence() {
        return entry.sequence();
    }

    /** Whether its hash is still the seal of what it holds now. */
    boolean sealed() {
        return hash.equals(ChainHash.seal(previousHash, entry));
    }

    /** Whether it would be sealed had it been numbered {@code sequence}: a record moved by a removal or insertion. */
    boolean sealedAt(long sequence) {
        return sequence >= 0 && hash.equals(ChainHash.seal(previousHash, entry.numbered(sequence)));
    }
}
