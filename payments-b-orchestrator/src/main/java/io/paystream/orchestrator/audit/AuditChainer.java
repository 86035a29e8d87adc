package io.paystream.orchestrator.audit;

import io.paystream.audit.AuditEntry;
import io.paystream.audit.ChainHash;
import io.paystream.audit.ChainHead;
import io.paystream.audit.ChainedRecord;
import io.paystream.signals.WokenWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves drafts onto their merchants' chains, right after the commit that wrote them ({@value #CHANNEL}, the trigger
 * of V8__audit_trail.sql): up to {@value #BATCH} drafts in one transaction, each merchant's numbered and sealed in
 * draft order under one lock of that merchant's head. It lingers {@code paystream.audit.chain-linger} (50 ms) after
 * a wake-up so that one batch takes what a burst of commits wrote: a merchant's chain is serialised without becoming
 * the bottleneck, at about one statement per record. Instances share the work (SKIP LOCKED); heads are locked in
 * merchant order, so two instances never deadlock.
 */
@Component
class AuditChainer implements WokenWork {

    static final String CHANNEL = "audit_draft";
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration linger;

    AuditChainer(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Value("${paystream.audit.chain-linger:50ms}") Duration linger) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.linger = linger;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void run() {
        try {
            // As Kafka's linger.ms: the drafts of the next few commits join this batch.
            Thread.sleep(linger);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        while (chainOnce() == BATCH) {
            // A full batch means more are waiting: keep going without the poll delay.
        }
    }

    int chainOnce() {
        Integer chained = transactions.execute(status -> {
            Map<String, List<AuditEntry>> byMerchant = new TreeMap<>();
            jdbc
                    .sql("""
                            DELETE FROM audit_draft WHERE id IN (
                                SELECT id FROM audit_draft ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED)
                            RETURNING *""")
                    .param("limit", BATCH)
                    .query((rs, row) -> Map.entry(rs.getLong("id"), AuditColumns.entry(rs, 0)))
                    .list()
                    .stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(draft -> byMerchant
                            .computeIfAbsent(draft.getValue().merchantId(), merchant -> new ArrayList<>())
                            .add(draft.getValue()));
            byMerchant.forEach(this::chain);
            return byMerchant.values().stream().mapToInt(List::size).sum();
        });
        return chained == null ? 0 : chained;
    }

    private void chain(String merchantId, List<AuditEntry> drafts) {
        ChainHead head = lockHead(merchantId);
        List<ChainedRecord> records = new ArrayList<>();
        for (AuditEntry draft : drafts) {
            ChainedRecord record = head.seal(AuditColumns.recordId(merchantId, head.sequence() + 1), draft);
            records.add(record);
            head = ChainHead.of(record);
        }
        AuditColumns.insertAll(jdbc, records);
        jdbc.sql("UPDATE audit_head SET sequence = :sequence, hash = :hash WHERE merchant_id = :merchant")
                .param("merchant", merchantId)
                .param("sequence", head.sequence())
                .param("hash", head.hash())
                .update();
    }

    /** The merchant's head, created at genesis the first time, locked (the upsert's row lock) until the commit. */
    private ChainHead lockHead(String merchantId) {
        return jdbc.sql("""
                        INSERT INTO audit_head (merchant_id, sequence, hash) VALUES (:merchant, 0, :genesis)
                        ON CONFLICT (merchant_id) DO UPDATE SET merchant_id = EXCLUDED.merchant_id
                        RETURNING sequence, hash""")
                .param("merchant", merchantId)
                .param("genesis", ChainHash.GENESIS)
                .query((rs, row) -> new ChainHead(rs.getLong("sequence"), rs.getString("hash")))
                .single();
    }
}
