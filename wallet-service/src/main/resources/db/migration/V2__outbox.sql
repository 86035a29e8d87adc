-- The wallet's changes that others must hear of (a method removed), committed with the change and sent to Kafka by
-- the relay of the kafka-outbox module, then deleted. The same table and wake-up as the platform's outbox.
CREATE TABLE outbox (
    id          bigserial PRIMARY KEY,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    payload     text        NOT NULL,
    traceparent text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- PostgreSQL delivers this NOTIFY when the transaction that wrote a row commits: the relay sends it then.
CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('event_outbox', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_written
    AFTER INSERT ON outbox
    FOR EACH STATEMENT
    EXECUTE FUNCTION notify_outbox();
