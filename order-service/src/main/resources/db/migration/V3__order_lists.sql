-- Lists of a merchant's orders, newest first (ARCHITECTURE §11): one index range per page, whatever the filters.
-- orders_by_customer (merchant_id, customer_id, created_at DESC) stays for a shopper's own.
CREATE INDEX orders_by_merchant_created ON orders (merchant_id, created_at DESC, id DESC);
