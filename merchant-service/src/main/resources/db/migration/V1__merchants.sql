-- A merchant (tenant) and its Braintree credentials, sealed: the credentials encrypted by a data key of their own
-- (AES-256-GCM), the data key wrapped by the key-encryption key kek_id. Readable only with that key.
CREATE TABLE merchant (
    id                      text PRIMARY KEY,
    name                    text        NOT NULL,
    braintree_merchant_id   text        NOT NULL,
    credentials_fingerprint text        NOT NULL,
    kek_id                  text        NOT NULL,
    wrapped_data_key        bytea       NOT NULL,
    nonce                   bytea       NOT NULL,
    ciphertext              bytea       NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL
);

-- A rotation re-wraps the data keys still under an earlier key-encryption key.
CREATE INDEX merchant_kek ON merchant (kek_id);

-- API keys for a merchant's own servers, kept only as HMAC-SHA256 under the server's pepper. version orders every
-- change (creation, revocation) for the edges that keep a copy: writers take one lock, so versions commit in order.
CREATE SEQUENCE api_key_version;

CREATE TABLE api_key (
    id           text PRIMARY KEY,
    merchant_id  text        NOT NULL REFERENCES merchant (id),
    name         text        NOT NULL,
    prefix       text        NOT NULL,
    hash         bytea       NOT NULL UNIQUE,
    scopes       text[]      NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      bigint      NOT NULL
);

CREATE INDEX api_key_merchant ON api_key (merchant_id, created_at DESC, id DESC);
CREATE INDEX api_key_changes ON api_key (version);

-- Operators' Idempotency-Keys and the answer each got, replayed to a retry.
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
