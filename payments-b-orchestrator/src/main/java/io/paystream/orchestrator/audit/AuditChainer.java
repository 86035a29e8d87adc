package io.paystream.orchestrator.audit;

import io.paystream.audit.AuditEntry;
import io.paystream.audit.ChainHash;
import io.paystream.audit.ChainHead;
import io.paystream.audit.ChainedRecord;
import io.paystream.signals.WokenWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves drafts onto their merchants' chains, right after the commit that wrote them ({@value #CHANNEL}, the trigger
 * of V8__audit_trail.sql): up to {@value #BATCH} drafts in one transaction, each merchant's numbered and sealed in
 * draft order under one lock of that merchant's head. The more drafts wait, the larger the batch, so a merchant's
 * chain is serialised without becoming the bottleneck. Instances share the work (SKIP LOCKED); heads are locked in
 * merchant order, so two instances never deadlock.
 */
@Component
class AuditChainer implements WokenWork {

    static final String CHANNEL = "audit_draft";
    static final int BATCH = 500;

    private static final String INSERT_RECORD = "INSERT INTO audit_record (" + AuditColumns.NAMES
            + ", sequence, previous_hash, hash) VALUES (" + AuditColumns.VALUES + ", :sequence, :previousHash, :hash)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transactions;

    AuditChainer(JdbcClient jdbc, NamedParameterJdbcTemplate batches, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void run() {
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
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (AuditEntry draft : drafts) {
            ChainedRecord record = head.seal(AuditColumns.recordId(merchantId, head.sequence() + 1), draft);
            rows.add(new MapSqlParameterSource(AuditColumns.of(record.entry()))
                    .addValue("sequence", record.sequence())
                    .addValue("previousHash", record.previousHash())
                    .addValue("hash", record.hash()));
            head = ChainHead.of(record);
        }
        batches.batchUpdate(INSERT_RECORD, rows.toArray(MapSqlParameterSource[]::new));
        jdbc.sql("UPDATE audit_head SET sequence = :sequence, hash = :hash WHERE merchant_id = :merchant")
                .param("merchant", merchantId)
                .param("sequence", head.sequence())
                .param("hash", head.hash())
                .update();
    }

    private ChainHead lockHead(String merchantId) {
        jdbc.sql("""
                        INSERT INTO audit_head (merchant_id, sequence, hash) VALUES (:merchant, 0, :genesis)
                        ON CONFLICT (merchant_id) DO NOTHING""")
                .param("merchant", merchantId)
                .param("genesis", ChainHash.GENESIS)
                .update();
        return jdbc.sql("SELECT sequence, hash FROM audit_head WHERE merchant_id = :merchant FOR UPDATE")
                .param("merchant", merchantId)
                .query((rs, row) -> new ChainHead(rs.getLong("sequence"), rs.getString("hash")))
                .single();
    }
}
