-- The order aggregate. Amounts in the currency's minor units; status changes only through the lifecycle.
CREATE TABLE orders (
    id              text PRIMARY KEY,
    customer_id     text        NOT NULL,
    amount          bigint      NOT NULL CHECK (amount > 0),
    currency        text        NOT NULL,
    reference       text,
    items           text,                  -- JSON array as the client sent it (validated), or NULL
    status          text        NOT NULL,
    payment_id      text,                  -- the payment whose approval authorized the order
    paid_amount     bigint      NOT NULL DEFAULT 0,
    refunded_amount bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (paid_amount BETWEEN 0 AND amount),
    CHECK (refunded_amount BETWEEN 0 AND paid_amount)
);

-- Every payment event applied to an order, in the order it was applied: the order's history[].
CREATE TABLE order_history (
    id               bigserial PRIMARY KEY,
    order_id         text        NOT NULL REFERENCES orders (id),
    event_id         text        NOT NULL UNIQUE,
    event_type       text        NOT NULL,
    payment_id       text        NOT NULL,
    sequence         bigint      NOT NULL,
    amount           bigint      NOT NULL,
    currency         text        NOT NULL,
    status_before    text        NOT NULL,
    status_after     text        NOT NULL,
    reversal_method  text,
    failure_code     text,
    failure_message  text,
    occurred_at      timestamptz NOT NULL,
    applied_at       timestamptz NOT NULL
);

CREATE INDEX order_history_order ON order_history (order_id, id);

-- Events that can never be applied, with the reason and the payload for an operator to act on. No foreign key:
-- an event for an order that never appeared is an anomaly too, shown if the order turns up.
CREATE TABLE anomaly (
    id          bigserial PRIMARY KEY,
    order_id    text        NOT NULL,
    event_id    text        NOT NULL UNIQUE,
    event_type  text,
    payment_id  text,
    sequence    bigint,
    kind        text        NOT NULL,
    detail      text        NOT NULL,
    payload     text        NOT NULL,
    recorded_at timestamptz NOT NULL
);

CREATE INDEX anomaly_order ON anomaly (order_id, id);

-- Inbox: one row per eventId ever received, written in the transaction of its effect (applied, parked or
-- anomaly), so a redelivery is recognised and ignored.
CREATE TABLE inbox (
    event_id    text PRIMARY KEY,
    order_id    text        NOT NULL,
    payment_id  text,
    sequence    bigint,
    received_at timestamptz NOT NULL
);

CREATE INDEX inbox_payment ON inbox (order_id, payment_id, sequence);

-- Events received but not applicable yet; retried after each event applied to their order, and by the sweep
-- when retry_at is due (their order appeared, or their wait for an earlier sequence ran out).
CREATE TABLE parked_event (
    event_id   text PRIMARY KEY,
    order_id   text        NOT NULL,
    payment_id text        NOT NULL,
    sequence   bigint      NOT NULL,
    payload    text        NOT NULL,
    reason     text        NOT NULL,
    attempts   integer     NOT NULL,
    parked_at  timestamptz NOT NULL,
    retry_at   timestamptz
);

CREATE INDEX parked_event_order ON parked_event (order_id, sequence, parked_at);
CREATE INDEX parked_event_due ON parked_event (retry_at) WHERE retry_at IS NOT NULL;
CREATE INDEX parked_event_age ON parked_event (parked_at);

-- Idempotency keys of POST /v1/orders, per caller, with the response to replay.
CREATE TABLE idempotency_key (
    customer_id     text        NOT NULL,
    idempotency_key text        NOT NULL,
    fingerprint     text        NOT NULL,
    response_status integer,
    response_body   text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (customer_id, idempotency_key)
);

CREATE INDEX idempotency_key_age ON idempotency_key (created_at);
