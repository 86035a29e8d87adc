-- Wake-ups from commits (issue 15). PostgreSQL delivers a NOTIFY when the transaction that sent it commits, to every
-- orchestrator listening (io.paystream.signals.PostgresSignals): a request held by Prefer: wait on any instance hears
-- that its operation ended, and the job relay hears that a job is waiting, without reading the tables to find out.

CREATE FUNCTION notify_operation_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('payment_operation_status', NEW.operation_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER payment_operation_status_changed
    AFTER UPDATE OF status ON payment_operation
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION notify_operation_status();

CREATE FUNCTION notify_job_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('job_outbox', '');
    RETURN NULL;
END
$$;

-- Once per statement: notifications with the same channel and payload in one transaction are delivered once anyway.
CREATE TRIGGER job_outbox_written
    AFTER INSERT ON job_outbox
    FOR EACH STATEMENT
    EXECUTE FUNCTION notify_job_outbox();
