-- Every row has its merchant (ARCHITECTURE §11), in its keys. A history entry's is its order's, and the foreign key
-- (merchant_id, order_id) holds it so.
ALTER TABLE order_history ADD COLUMN merchant_id text;
UPDATE order_history h SET merchant_id = o.merchant_id FROM orders o WHERE o.id = h.order_id;

-- An instance not yet upgraded, still running during a rolling deployment, inserts entries without the column: they
-- take their order's merchant.
CREATE FUNCTION order_history_merchant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT merchant_id INTO NEW.merchant_id FROM orders WHERE id = NEW.order_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER order_history_merchant_filled
    BEFORE INSERT ON order_history
    FOR EACH ROW WHEN (NEW.merchant_id IS NULL)
    EXECUTE FUNCTION order_history_merchant();

ALTER TABLE order_history ALTER COLUMN merchant_id SET NOT NULL;

ALTER TABLE orders ADD CONSTRAINT orders_merchant_order UNIQUE (merchant_id, id);
ALTER TABLE order_history DROP CONSTRAINT order_history_order_id_fkey;
ALTER TABLE order_history
    ADD CONSTRAINT order_history_order FOREIGN KEY (merchant_id, order_id) REFERENCES orders (merchant_id, id);
DROP INDEX order_history_order;
CREATE INDEX order_history_order ON order_history (merchant_id, order_id, id);

-- An anomaly's merchant is the one its event names (an event naming another merchant's order is that merchant's
-- anomaly, never shown to the order's owner); NULL for a record too malformed to name one, and for anomalies an
-- instance not yet upgraded records: those are shown to the order's owner, as before. Anomalies recorded before this
-- migration take their order's merchant, the one they were shown to.
ALTER TABLE anomaly ADD COLUMN merchant_id text;
UPDATE anomaly a SET merchant_id = o.merchant_id FROM orders o WHERE o.id = a.order_id AND a.kind <> 'MALFORMED_EVENT';
DROP INDEX anomaly_order;
CREATE INDEX anomaly_order ON anomaly (order_id, merchant_id, id);
