-- One row per operationId: the execution key that keeps every job to at most one gateway operation.
CREATE TABLE execution (
    operation_id  text PRIMARY KEY,
    operation     text        NOT NULL,
    payment_id    text        NOT NULL,
    job           text        NOT NULL,  -- the job as received, so the reconciler can act without the message
    status        text        NOT NULL,  -- STARTED | SUCCEEDED | DECLINED | FAILED | UNKNOWN | WAITING
    attempts      integer     NOT NULL,
    lease_until   timestamptz,           -- a delivery or the reconciler is working on it until then
    next_check_at timestamptz,           -- when the reconciler looks again (UNKNOWN, WAITING)
    status_reason text,
    event         text,                  -- the outcome event, re-published on redelivery
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE INDEX execution_due ON execution (next_check_at) WHERE status IN ('UNKNOWN', 'WAITING');
CREATE INDEX execution_stale ON execution (lease_until) WHERE status = 'STARTED';

-- Events committed with their outcome, sent to Kafka by the relay and then deleted.
CREATE TABLE outbox (
    id          bigserial PRIMARY KEY,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
