package io.paystream.orchestrator.audit;

import io.paystream.audit.ChainHead;
import io.paystream.audit.ChainedRecord;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chained records as they are stored, read by payment or as a merchant's whole chain. */
@Repository
class AuditRecords {

    private static final int PAGE = 1_000;

    private final JdbcClient jdbc;

    AuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A payment's records, in chain order (index audit_record_by_payment). */
    List<ChainedRecord> ofPayment(String merchantId, String paymentId) {
        return jdbc.sql("""
                        SELECT * FROM audit_record WHERE merchant_id = :merchant AND payment_id = :payment
                         ORDER BY sequence""")
                .param("merchant", merchantId)
                .param("payment", paymentId)
                .query(AuditColumns::chained)
                .list();
    }

    /** Where the merchant's chain ends by its head row; empty before its first record. */
    Optional<ChainHead> head(String merchantId) {
        return jdbc.sql("SELECT sequence, hash FROM audit_head WHERE merchant_id = :merchant")
                .param("merchant", merchantId)
                .query((rs, row) -> new ChainHead(rs.getLong("sequence"), rs.getString("hash")))
                .optional();
    }

    /** Where the merchant's chain starts: genesis, or after a retention purge the last record purged. */
    ChainHead start(String merchantId) {
        return jdbc.sql("SELECT sequence, hash FROM audit_start WHERE merchant_id = :merchant")
                .param("merchant", merchantId)
                .query((rs, row) -> new ChainHead(rs.getLong("sequence"), rs.getString("hash")))
                .optional()
                .orElse(ChainHead.genesis());
    }

    /** The merchant's whole chain in sequence order, read a page at a time as it is walked. */
    Iterable<ChainedRecord> chain(String merchantId) {
        return () -> new Iterator<>() {
            private long after = -1;
            private Iterator<ChainedRecord> page = List.<ChainedRecord>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !last) {
                    List<ChainedRecord> next = page(merchantId, after);
                    last = next.size() < PAGE;
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public ChainedRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ChainedRecord record = page.next();
                after = record.sequence();
                return record;
            }
        };
    }

    private List<ChainedRecord> page(String merchantId, long after) {
        return jdbc.sql("""
                        SELECT * FROM audit_record WHERE merchant_id = :merchant AND sequence > :after
                         ORDER BY sequence LIMIT :limit""")
                .param("merchant", merchantId)
                .param("after", after)
                .param("limit", PAGE)
                .query(AuditColumns::chained)
                .list();
    }
}
