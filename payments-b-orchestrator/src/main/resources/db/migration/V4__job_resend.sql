-- A job stays in the outbox once SQS has it (sent_at), until its operation has an outcome: one still PENDING
-- long after is sent again (issue 16), since a message can be lost in transport (an SQS server restarted without
-- its messages, a DLQ). The platform's execution key makes the second copy harmless.
ALTER TABLE job_outbox
    ADD COLUMN operation_id text,
    ADD COLUMN sent_at timestamptz,
    ADD COLUMN resends integer NOT NULL DEFAULT 0;

UPDATE job_outbox SET operation_id = payload::json ->> 'operationId';

CREATE INDEX job_outbox_unsent ON job_outbox (id) WHERE sent_at IS NULL;
CREATE INDEX job_outbox_sent ON job_outbox (sent_at) WHERE sent_at IS NOT NULL;
