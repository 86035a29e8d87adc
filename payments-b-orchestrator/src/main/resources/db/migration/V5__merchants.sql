-- Merchants (ARCHITECTURE §11): every payment belongs to one; what was there before is mer_demo's. The default stays
-- so that an instance not yet upgraded, still running during a rolling deployment, writes mer_demo's payments as before.
ALTER TABLE payment ADD COLUMN merchant_id text NOT NULL DEFAULT 'mer_demo';
DROP INDEX payment_by_order;
CREATE INDEX payment_by_order ON payment (merchant_id, customer_id, order_id);

-- idempotency_key.customer_id now holds the key's owner (Customer.idempotencyScope): mer_demo's customers keep their
-- bare sub, so keys claimed before the upgrade, or by an instance not yet upgraded, still hold.
COMMENT ON COLUMN idempotency_key.customer_id IS 'the owner of the key: a sub of mer_demo, or <merchant>/customer/<sub>';
