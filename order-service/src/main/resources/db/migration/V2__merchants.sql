-- Merchants (ARCHITECTURE §11): every order belongs to one; what was there before is mer_demo's. The default stays so
-- that an instance not yet upgraded, during a rolling deployment, still writes mer_demo's orders.
ALTER TABLE orders ADD COLUMN merchant_id text NOT NULL DEFAULT 'mer_demo';
CREATE INDEX orders_by_customer ON orders (merchant_id, customer_id, created_at DESC);

-- idempotency_key.customer_id holds the key's owner (Customer.idempotencyScope): mer_demo's customers keep their
-- bare sub, so keys claimed before the upgrade still hold.
COMMENT ON COLUMN idempotency_key.customer_id IS 'the owner of the key: a sub of mer_demo, or <merchant>/customer/<sub>';
