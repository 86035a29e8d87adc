-- A Paystream customer (the token's sub) and the Braintree customer that holds their vaulted methods.
CREATE TABLE customer (
    customer_id         text PRIMARY KEY,
    gateway_customer_id text        NOT NULL UNIQUE,
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payment_method (
    id                  text PRIMARY KEY,
    customer_id         text        NOT NULL REFERENCES customer,
    type                text        NOT NULL,
    gateway_token       text        NOT NULL,
    brand               text,
    last4               text,
    expiry_month        text,
    expiry_year         text,
    payer_email         text,
    nickname            text,
    billing_address     text,       -- JSON, as the customer gave it
    is_default          boolean     NOT NULL DEFAULT false,
    status              text        NOT NULL,  -- ACTIVE | DELETING (gone for the customer, not yet from the vault)
    idempotency_key     text        NOT NULL,
    request_fingerprint text        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

-- Exactly one default per customer is kept by the service; at most one is kept by the database.
CREATE UNIQUE INDEX payment_method_one_default ON payment_method (customer_id) WHERE is_default AND status = 'ACTIVE';
CREATE UNIQUE INDEX payment_method_idempotency ON payment_method (customer_id, idempotency_key);
CREATE INDEX payment_method_by_customer ON payment_method (customer_id, created_at DESC);
CREATE INDEX payment_method_deleting ON payment_method (updated_at) WHERE status = 'DELETING';
