-- The W3C traceparent of the request that wrote the job: the relay sends it as an SQS message attribute, so the
-- platform's execution joins the checkout's trace. Null for rows written outside a trace (and before this column).
ALTER TABLE job_outbox ADD COLUMN traceparent text;
