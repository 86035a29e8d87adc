package io.paystream.audit;

/** The first place a chain does not hold, and how: the record named is the one changed, removed or inserted. */
public record ChainBreak(Kind kind, long sequence, String recordId, String detail) {

    public enum Kind {
        /** The record at {@code sequence} holds something other than what was sealed. */
        CHANGED,
        /** The record that was at {@code sequence} is gone ({@code recordId} null). */
        REMOVED,
        /** The record at {@code sequence} was never appended to the chain in its place. */
        INSERTED
    }
}
