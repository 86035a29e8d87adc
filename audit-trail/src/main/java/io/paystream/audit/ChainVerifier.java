package io.paystream.audit;

import io.paystream.audit.ChainBreak.Kind;

/**
 * Walks a merchant's records in sequence order from where the chain starts and names the first that does not hold.
 * The sequence is sealed into each record, so a removal or insertion either leaves a gap or a second record at one
 * number, or moves the records after it, whose seals then hold only at their old numbers: that is how a removal is
 * told from an insertion, and both from a change.
 */
public final class ChainVerifier {

    private ChainVerifier() {}

    /** {@code records} ordered by sequence (ties in any order), from the first record after {@code start}. */
    public static ChainVerdict verify(ChainHead start, Iterable<ChainedRecord> records) {
        ChainHead head = start;
        ChainedRecord previous = null;
        long checked = 0;
        for (ChainedRecord record : records) {
            ChainBreak broken = check(head, previous, record);
            if (broken != null) {
                return ChainVerdict.broken(checked, head, broken);
            }
            head = ChainHead.of(record);
            previous = record;
            checked++;
        }
        return ChainVerdict.intact(checked, head);
    }

    private static ChainBreak check(ChainHead head, ChainedRecord previous, ChainedRecord record) {
        long expected = head.sequence() + 1;
        if (record.sequence() < expected) {
            return new ChainBreak(
                    Kind.INSERTED,
                    record.sequence(),
                    record.recordId(),
                    "a second record numbered " + record.sequence());
        }
        if (record.sequence() > expected) {
            return removed(expected, "records " + expected + " to " + (record.sequence() - 1) + " are missing");
        }
        if (!record.sealed()) {
            if (record.sealedAt(expected - 1) && record.hash().equals(head.hash())) {
                return new ChainBreak(
                        Kind.INSERTED, expected, record.recordId(), "a copy of the record before it, numbered on");
            }
            if (record.sealedAt(expected - 1)) {
                return new ChainBreak(
                        Kind.INSERTED,
                        expected - 1,
                        previous == null ? null : previous.recordId(),
                        "the records after it were numbered one up to make room");
            }
            if (record.sealedAt(expected + 1)) {
                return removed(expected, "the records after it were numbered one down to close the gap");
            }
            return new ChainBreak(Kind.CHANGED, expected, record.recordId(), "its content is not what was sealed");
        }
        if (!record.previousHash().equals(head.hash())) {
            if (previous == null) {
                return new ChainBreak(
                        Kind.CHANGED, expected, record.recordId(), "it is not chained to where the chain starts");
            }
            return new ChainBreak(
                    Kind.CHANGED,
                    previous.sequence(),
                    previous.recordId(),
                    "sealed again after a change: the record after it was chained to its old hash");
        }
        return null;
    }

    private static ChainBreak removed(long sequence, String detail) {
        return new ChainBreak(Kind.REMOVED, sequence, null, detail);
    }
}
