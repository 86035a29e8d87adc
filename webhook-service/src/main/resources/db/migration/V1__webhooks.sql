-- Webhooks (ARCHITECTURE §14): a merchant's endpoints, each event once, and each event's delivery to each endpoint
-- subscribed when it arrived, with every attempt made.
CREATE TABLE webhook_endpoint (
    id              text        PRIMARY KEY,
    merchant_id     text        NOT NULL,
    url             text        NOT NULL,
    event_types     text[]      NOT NULL,
    description     text,
    status          text        NOT NULL CHECK (status IN ('ENABLED', 'DISABLED')),
    -- Why the service disabled it (a 410, or five days of failures); null when enabled or disabled by the merchant.
    disabled_reason text,
    -- The first failed attempt since the endpoint last answered 2xx: five days of them disable it.
    failing_since   timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (merchant_id, id)
);

CREATE INDEX webhook_endpoint_of_merchant ON webhook_endpoint (merchant_id, created_at DESC, id DESC);

-- An endpoint's signing secrets, sealed with the key-encryption key. A rotation adds a version and gives the one
-- before it 24 hours more, during which deliveries carry both signatures.
CREATE TABLE webhook_secret (
    endpoint_id      text        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    version          integer     NOT NULL,
    key_id           text        NOT NULL,
    wrapped_data_key bytea       NOT NULL,
    nonce            bytea       NOT NULL,
    ciphertext       bytea       NOT NULL,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz,
    PRIMARY KEY (endpoint_id, version)
);

-- One row per lifecycle event received (source_event_id is the Kafka event's eventId: a redelivered record is
-- recognised), with the body exactly as every delivery of it signs and sends it.
CREATE TABLE webhook_event (
    id              text        PRIMARY KEY,
    source_event_id text        NOT NULL UNIQUE,
    merchant_id     text        NOT NULL,
    type            text        NOT NULL,
    payment_id      text,
    sequence        bigint,
    created_at      timestamptz NOT NULL,
    body            text        NOT NULL
);

CREATE TABLE webhook_delivery (
    id              text        PRIMARY KEY,
    event_id        text        NOT NULL REFERENCES webhook_event (id),
    endpoint_id     text        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    merchant_id     text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    -- When a PENDING delivery is next due; null once it has ended.
    next_attempt_at timestamptz,
    -- A sender's lease: an instance that dies mid-attempt leaves it to be taken again after this.
    claimed_until   timestamptz,
    created_at      timestamptz NOT NULL,
    ended_at        timestamptz,
    UNIQUE (event_id, endpoint_id),
    CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL))
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_of_endpoint ON webhook_delivery (endpoint_id, created_at DESC, id DESC);

CREATE TABLE webhook_attempt (
    delivery_id      text        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    number           integer     NOT NULL,
    attempted_at     timestamptz NOT NULL,
    -- The answer's status, or null when none came (refused, timed out, not allowed).
    status_code      integer,
    latency_ms       bigint      NOT NULL,
    error            text,
    -- The first 1 KiB of the answer.
    response_excerpt text,
    PRIMARY KEY (delivery_id, number)
);

-- Wakes the senders when deliveries are written, so the first attempt goes out at once.
CREATE FUNCTION notify_webhook_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('webhook_delivery', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER webhook_delivery_written
    AFTER INSERT ON webhook_delivery
    FOR EACH STATEMENT
    EXECUTE FUNCTION notify_webhook_delivery();

CREATE TABLE idempotency_key (
    actor           text        NOT NULL,
    idempotency_key text        NOT NULL,
    fingerprint     text        NOT NULL,
    created_at      timestamptz NOT NULL,
    response_status integer     NOT NULL,
    response_body   text        NOT NULL,
    PRIMARY KEY (actor, idempotency_key)
);

CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
