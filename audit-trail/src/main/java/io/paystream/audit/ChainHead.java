package io.paystream.audit;

/**
 * The end of a merchant's chain: the last record's sequence and hash, which the next record is chained to. A chain
 * starts at {@link #genesis()}; after a retention purge, at the last purged record's sequence and hash.
 */
public record ChainHead(long sequence, String hash) {

    public static ChainHead genesis() {
        return new ChainHead(0, ChainHash.GENESIS);
    }

    /** The draft numbered next and sealed onto this head; the new head is {@link #of} it. */
    public ChainedRecord seal(String recordId, AuditEntry draft) {
        AuditEntry entry = draft.numbered(sequence + 1);
        return new ChainedRecord(recordId, entry, hash, ChainHash.seal(hash, entry));
    }

    public static ChainHead of(ChainedRecord last) {
        return new ChainHead(last.sequence(), last.hash());
    }
}
