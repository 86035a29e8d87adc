package io.paystream.orchestrator.audit;

import io.paystream.audit.Actor;
import io.paystream.audit.AuditEntry;
import io.paystream.audit.AuditEvent;
import io.paystream.edge.security.ApiKeyCaller;
import io.paystream.edge.security.Caller;
import io.paystream.edge.security.Customer;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a record starts: a draft written in the transaction of what it records (so it exists exactly when that
 * happened), chained later by {@link AuditChainer}. One INSERT on the request path, no lock on the merchant's chain.
 */
@Repository
public class AuditDrafts {

    private final JdbcClient jdbc;

    AuditDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code event}, asked for by {@code caller}, at {@code at}; only inside the transaction it belongs to. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Caller caller, AuditEvent event, Instant at) {
        append(AuditEntry.draft(caller.merchantId(), at, actor(caller), event));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditEntry draft) {
        jdbc.sql("INSERT INTO audit_draft (" + AuditColumns.NAMES + ") VALUES (" + AuditColumns.VALUES + ")")
                .params(AuditColumns.of(draft))
                .update();
    }

    /**
     * Appends the draft unless {@code sourceId} (an inbox id, say a gateway attempt's) was appended before: the inbox
     * row and the draft in one statement.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendOnce(String sourceId, AuditEntry draft) {
        jdbc.sql("WITH first AS (INSERT INTO inbox (event_id) VALUES (:sourceId) ON CONFLICT DO NOTHING RETURNING 1)"
                        + " INSERT INTO audit_draft (" + AuditColumns.NAMES + ") SELECT " + AuditColumns.TYPED_VALUES
                        + " FROM first")
                .param("sourceId", sourceId)
                .params(AuditColumns.of(draft))
                .update();
    }

    static Actor actor(Caller caller) {
        return switch (caller) {
            case Customer customer -> Actor.customer(customer.subject());
            case ApiKeyCaller key -> Actor.apiKey(key.keyId());
        };
    }
}
