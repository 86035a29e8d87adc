CREATE TABLE payment (
    payment_id             text PRIMARY KEY,
    order_id               text        NOT NULL,
    customer_id            text        NOT NULL,
    currency               text        NOT NULL,
    status                 text        NOT NULL,
    requested_amount       bigint      NOT NULL,
    authorized_amount      bigint      NOT NULL DEFAULT 0,
    captured_amount        bigint      NOT NULL DEFAULT 0,
    refunded_amount        bigint      NOT NULL DEFAULT 0,
    method_id              text,
    method_type            text,
    method_brand           text,
    method_last4           text,
    method_token           text,        -- the vaulted method's gateway token, never shown
    gateway_transaction_id text,        -- the authorization
    last_sequence          integer     NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);
CREATE INDEX payment_by_order ON payment (customer_id, order_id);

-- Every operation on a payment, numbered; PENDING until the platform's event says how it ended.
CREATE TABLE payment_operation (
    operation_id           text PRIMARY KEY,
    payment_id             text        NOT NULL REFERENCES payment,
    sequence               integer     NOT NULL,
    type                   text        NOT NULL,
    amount                 bigint      NOT NULL,
    status                 text        NOT NULL,
    target_transaction_id  text,        -- the gateway transaction the job acts on
    gateway_transaction_id text,        -- the transaction it produced (a capture, a refund credit)
    reversal_method        text,
    failure_code           text,
    failure_message        text,
    created_at             timestamptz NOT NULL,
    completed_at           timestamptz,
    UNIQUE (payment_id, sequence)
);

-- Idempotency keys (ARCHITECTURE §4): scope (customer, key), kept 30 days.
CREATE TABLE idempotency_key (
    customer_id     text        NOT NULL,
    idempotency_key text        NOT NULL,
    fingerprint     text        NOT NULL,
    status          text        NOT NULL,  -- IN_FLIGHT | COMPLETED
    response_status integer,
    response_body   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, idempotency_key)
);
CREATE INDEX idempotency_key_age ON idempotency_key (created_at);

-- Jobs committed with the state change that asks for them, sent to SQS by the relay.
CREATE TABLE job_outbox (
    id         bigserial PRIMARY KEY,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Payment events already applied, by eventId.
CREATE TABLE inbox (
    event_id    text PRIMARY KEY,
    received_at timestamptz NOT NULL DEFAULT now()
);
