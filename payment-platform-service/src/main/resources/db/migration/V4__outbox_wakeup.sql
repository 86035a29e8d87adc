-- A wake-up from the commit (issue 15): PostgreSQL delivers this NOTIFY when the transaction that wrote an event
-- commits, to every platform instance listening (io.paystream.signals.PostgresSignals), and the relay sends it then,
-- instead of reading the table every 50 ms to find out.
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
