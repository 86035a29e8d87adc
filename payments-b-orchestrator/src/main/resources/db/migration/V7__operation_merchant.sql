-- Every row has its merchant (ARCHITECTURE §11), in its keys: an operation's is its payment's, and the foreign key
-- (merchant_id, payment_id) holds it so. operation_id stays the primary key (a random id, and what ON CONFLICT names).
ALTER TABLE payment_operation ADD COLUMN merchant_id text;
UPDATE payment_operation o SET merchant_id = p.merchant_id FROM payment p WHERE p.payment_id = o.payment_id;

-- An instance not yet upgraded, still running during a rolling deployment, inserts operations without the column:
-- they take their payment's merchant.
CREATE FUNCTION payment_operation_merchant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT merchant_id INTO NEW.merchant_id FROM payment WHERE payment_id = NEW.payment_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER payment_operation_merchant_filled
    BEFORE INSERT ON payment_operation
    FOR EACH ROW WHEN (NEW.merchant_id IS NULL)
    EXECUTE FUNCTION payment_operation_merchant();

ALTER TABLE payment_operation ALTER COLUMN merchant_id SET NOT NULL;

ALTER TABLE payment ADD CONSTRAINT payment_merchant_payment UNIQUE (merchant_id, payment_id);
ALTER TABLE payment_operation DROP CONSTRAINT payment_operation_payment_id_fkey;
ALTER TABLE payment_operation
    ADD CONSTRAINT payment_operation_payment FOREIGN KEY (merchant_id, payment_id) REFERENCES payment (merchant_id, payment_id);
ALTER TABLE payment_operation DROP CONSTRAINT payment_operation_payment_id_sequence_key;
ALTER TABLE payment_operation ADD CONSTRAINT payment_operation_sequence UNIQUE (merchant_id, payment_id, sequence);
