-- The W3C traceparent of the execution that wrote the event: the relay sends it as a Kafka header, so the order
-- service's update joins the checkout's trace. Null for rows written outside a trace (and before this column).
ALTER TABLE outbox ADD COLUMN traceparent text;
