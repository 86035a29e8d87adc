package io.paystream.audit;

import java.util.Optional;

/**
 * What walking a chain found: how many records were checked, the head they end at (to compare with a head noted
 * earlier: a removal of the last records, or a rewrite of every record after one, shows only there), and the first
 * break if any.
 */
public record ChainVerdict(long checked, ChainHead head, Optional<ChainBreak> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    static ChainVerdict intact(long checked, ChainHead head) {
        return new ChainVerdict(checked, head, Optional.empty());
    }

    static ChainVerdict broken(long checked, ChainHead head, ChainBreak at) {
        return new ChainVerdict(checked, head, Optional.of(at));
    }
}
