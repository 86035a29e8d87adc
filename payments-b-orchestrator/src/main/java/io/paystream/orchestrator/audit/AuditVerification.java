package io.paystream.orchestrator.audit;

import io.paystream.audit.ChainBreak;
import io.paystream.audit.ChainHead;
import io.paystream.audit.ChainVerdict;
import io.paystream.audit.ChainVerifier;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks a merchant's chain from its start and, when every record holds, compares where it ends with the merchant's
 * head row: the last records removed show there, where the chain alone cannot show them.
 */
@Service
class AuditVerification {

    private final AuditRecords records;

    AuditVerification(AuditRecords records) {
        this.records = records;
    }

    /** One snapshot: the chain's pages and its head as of one moment, whatever the chainer appends meanwhile. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerdict verify(String merchantId) {
        ChainVerdict walked = ChainVerifier.verify(records.start(merchantId), records.chain(merchantId));
        if (!walked.intact()) {
            return walked;
        }
        return records.head(merchantId)
                .filter(head -> !head.equals(walked.head()))
                .map(head ->
                        new ChainVerdict(walked.checked(), walked.head(), Optional.of(endBreak(walked.head(), head))))
                .orElse(walked);
    }

    private static ChainBreak endBreak(ChainHead walked, ChainHead head) {
        if (walked.sequence() < head.sequence()) {
            return new ChainBreak(
                    ChainBreak.Kind.REMOVED,
                    walked.sequence() + 1,
                    null,
                    "the chain ends at " + walked.sequence() + " but its head says " + head.sequence());
        }
        if (walked.sequence() > head.sequence()) {
            return new ChainBreak(
                    ChainBreak.Kind.INSERTED,
                    head.sequence() + 1,
                    null,
                    "records after " + head.sequence() + ", where its head says the chain ends");
        }
        return new ChainBreak(
                ChainBreak.Kind.CHANGED,
                walked.sequence(),
                null,
                "the last record is not the one its head was sealed with");
    }
}
