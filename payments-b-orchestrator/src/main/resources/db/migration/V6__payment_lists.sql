-- Lists of payments, newest first (ARCHITECTURE §11), each page one index range whatever the filters: a merchant's
-- (a key's list) and one customer's (a shopper's own, or a key's ?customerId=).
CREATE INDEX payment_by_merchant_created ON payment (merchant_id, created_at DESC, payment_id DESC);
CREATE INDEX payment_by_customer_created ON payment (merchant_id, customer_id, created_at DESC, payment_id DESC);

-- An order's payments are read by a shopper (merchant, customer, order) and by a key (merchant, order): one index,
-- order before customer, serves both.
DROP INDEX payment_by_order;
CREATE INDEX payment_by_order ON payment (merchant_id, order_id, customer_id);
