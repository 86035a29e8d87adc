-- Merchants (ARCHITECTURE §11): a customer is (merchant, sub), and every method belongs to one; what was there before
-- is mer_demo's. The defaults stay so that an instance not yet upgraded, during a rolling deployment, still writes
-- mer_demo's rows (its first method for a new customer fails until it is replaced: its ON CONFLICT names the old key).
ALTER TABLE customer ADD COLUMN merchant_id text NOT NULL DEFAULT 'mer_demo';
ALTER TABLE payment_method ADD COLUMN merchant_id text NOT NULL DEFAULT 'mer_demo';

ALTER TABLE payment_method DROP CONSTRAINT payment_method_customer_id_fkey;
ALTER TABLE customer DROP CONSTRAINT customer_pkey;
ALTER TABLE customer ADD PRIMARY KEY (merchant_id, customer_id);
ALTER TABLE payment_method
    ADD FOREIGN KEY (merchant_id, customer_id) REFERENCES customer (merchant_id, customer_id);

DROP INDEX payment_method_one_default;
DROP INDEX payment_method_idempotency;
DROP INDEX payment_method_by_customer;
CREATE UNIQUE INDEX payment_method_one_default ON payment_method (merchant_id, customer_id)
    WHERE is_default AND status = 'ACTIVE';
CREATE UNIQUE INDEX payment_method_idempotency ON payment_method (merchant_id, customer_id, idempotency_key);
CREATE INDEX payment_method_by_customer ON payment_method (merchant_id, customer_id, created_at DESC);
