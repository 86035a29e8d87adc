package io.paystream.orchestrator.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges each merchant's records past {@code paystream.audit.retention} (7 years by default), oldest first: the chain
 * then starts at the last record purged (audit_start), from where it is still verified. The database refuses any
 * purge of a record younger than its own floor (audit_policy, V9), whatever this setting says.
 */
@Component
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Period retention;
    private final Clock clock;

    AuditRetention(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Value("${paystream.audit.retention:7y}") Period retention,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${paystream.audit.purge-interval:1h}", initialDelayString = "PT1M")
    public void purge() {
        Timestamp cutoff = Timestamp.from(
                clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant());
        List<String> merchants = jdbc.sql("SELECT DISTINCT merchant_id FROM audit_record WHERE recorded_at < :cutoff")
                .param("cutoff", cutoff)
                .query(String.class)
                .list();
        for (String merchant : merchants) {
            try {
                transactions.executeWithoutResult(status -> purge(merchant, cutoff));
            } catch (DataAccessException refused) {
                log.warn(
                        "Audit records of {} were not purged: {}",
                        merchant,
                        refused.getMostSpecificCause().getMessage());
            }
        }
    }

    /** The longest run of records from the chain's start that are all past the cutoff. */
    private void purge(String merchant, Timestamp cutoff) {
        jdbc.sql("""
                        WITH last AS (
                            SELECT sequence, hash FROM audit_record
                             WHERE merchant_id = :merchant AND recorded_at < :cutoff
                               AND sequence < coalesce((SELECT min(sequence) FROM audit_record
                                                         WHERE merchant_id = :merchant AND recorded_at >= :cutoff),
                                                       9223372036854775807)
                             ORDER BY sequence DESC LIMIT 1)
                        INSERT INTO audit_start (merchant_id, sequence, hash)
                        SELECT :merchant, sequence, hash FROM last
                        ON CONFLICT (merchant_id) DO UPDATE SET sequence = EXCLUDED.sequence, hash = EXCLUDED.hash""").param("merchant", merchant).param("cutoff", cutoff).update();
        int purged = jdbc.sql("""
                        DELETE FROM audit_record WHERE merchant_id = :merchant
                           AND sequence <= (SELECT sequence FROM audit_start WHERE merchant_id = :merchant)""").param("merchant", merchant).update();
        log.info("Purged {} audit record(s) of {} past the retention of {}", purged, merchant, retention);
    }
}
