-- Retention of the audit trail (ARCHITECTURE §12; docs/decisions.md). Records older than the retention may be purged,
-- oldest first, and only so: each merchant's chain then starts at audit_start, the last record purged, which the
-- verifier walks from. The retention here is the floor the database holds the service to, whatever its setting
-- (paystream.audit.retention, at least this): 7 years, as card-scheme disputes and tax law ask. Lowering it is a
-- migration, so that no compromised service can purge a record it must keep.
CREATE TABLE audit_policy (
    only_row  boolean  PRIMARY KEY DEFAULT true CHECK (only_row),
    retention interval NOT NULL
);
INSERT INTO audit_policy (retention) VALUES (interval '7 years');

CREATE TRIGGER audit_policy_fixed
    BEFORE UPDATE OR DELETE ON audit_policy
    FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();

-- Where each merchant's chain starts after a purge: the sequence and hash of the last record purged.
CREATE TABLE audit_start (
    merchant_id text   PRIMARY KEY,
    sequence    bigint NOT NULL,
    hash        text   NOT NULL
);

-- A start only moves forward, and only onto a record past the retention (whose hash it copies).
CREATE FUNCTION audit_start_moves_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.sequence < OLD.sequence) THEN
        RAISE EXCEPTION 'an audit chain''s start only moves forward' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_record r, audit_policy p
                    WHERE r.merchant_id = NEW.merchant_id AND r.sequence = NEW.sequence AND r.hash = NEW.hash
                      AND r.recorded_at < now() - p.retention) THEN
        RAISE EXCEPTION 'audit record %/% is not past the retention', NEW.merchant_id, NEW.sequence
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_start_checked
    BEFORE INSERT OR UPDATE OR DELETE ON audit_start
    FOR EACH ROW EXECUTE FUNCTION audit_start_moves_forward();

-- A record may go only once the chain starts after it, and only past the retention; nothing else changes one.
CREATE OR REPLACE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_record' THEN
        IF OLD.recorded_at < now() - (SELECT retention FROM audit_policy)
           AND OLD.sequence <= (SELECT sequence FROM audit_start WHERE merchant_id = OLD.merchant_id) THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION '% refused: audit records are append-only (until past their retention and purged)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

REVOKE UPDATE, DELETE, TRUNCATE ON audit_policy FROM PUBLIC, CURRENT_USER;
-- The purge deletes as the service; the trigger above decides which rows may go (V8 revoked DELETE outright).
GRANT DELETE ON audit_record TO CURRENT_USER;
