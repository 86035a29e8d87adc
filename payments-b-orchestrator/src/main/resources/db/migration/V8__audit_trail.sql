-- The audit trail (ARCHITECTURE §12). A record is first a draft, written in the transaction of what it records (so it
-- is never lost, and never there for something that did not happen); the chainer (AuditChainer) then moves drafts
-- into audit_record in batches, numbering and sealing each onto its merchant's chain. The request path never waits
-- for a merchant's chain.
CREATE TABLE audit_draft (
    id                      bigserial PRIMARY KEY,
    merchant_id             text        NOT NULL,
    recorded_at             timestamptz NOT NULL,
    actor_type              text        NOT NULL,
    actor_id                text        NOT NULL,
    event                   text        NOT NULL,
    payment_id              text        NOT NULL,
    operation_id            text,
    operation               text,
    amount                  bigint,
    currency                text,
    idempotency_key         text,
    gateway_operation       text,
    transaction_id          text,
    processor_response_code text,
    processor_response_text text,
    latency_ms              bigint,
    outcome                 text        NOT NULL
);

CREATE FUNCTION notify_audit_draft() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('audit_draft', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_draft_written
    AFTER INSERT ON audit_draft
    FOR EACH STATEMENT
    EXECUTE FUNCTION notify_audit_draft();

-- Each merchant's chain: gapless sequence from 1, each record sealed over the previous one's hash (audit-trail module).
CREATE TABLE audit_record (
    merchant_id             text        NOT NULL,
    sequence                bigint      NOT NULL,
    recorded_at             timestamptz NOT NULL,
    actor_type              text        NOT NULL,
    actor_id                text        NOT NULL,
    event                   text        NOT NULL,
    payment_id              text        NOT NULL,
    operation_id            text,
    operation               text,
    amount                  bigint,
    currency                text,
    idempotency_key         text,
    gateway_operation       text,
    transaction_id          text,
    processor_response_code text,
    processor_response_text text,
    latency_ms              bigint,
    outcome                 text        NOT NULL,
    previous_hash           text        NOT NULL,
    hash                    text        NOT NULL,
    chained_at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (merchant_id, sequence)
);

CREATE INDEX audit_record_by_payment ON audit_record (merchant_id, payment_id, sequence);

-- Where each merchant's chain ends: the next record is chained to it, and the verifier compares the chain's last
-- record with it (a removal of the last records shows there).
CREATE TABLE audit_head (
    merchant_id text   PRIMARY KEY,
    sequence    bigint NOT NULL,
    hash        text   NOT NULL
);

-- Append-only: no UPDATE, DELETE or TRUNCATE of a record, for the service's role as for any other (the trigger holds
-- even for the table's owner; only a superuser that disables triggers gets past it, which the verifier then shows).
CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit records are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_record_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();

CREATE TRIGGER audit_record_no_truncate
    BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM PUBLIC, CURRENT_USER;
