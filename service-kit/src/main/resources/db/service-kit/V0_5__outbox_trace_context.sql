-- The W3C trace context (traceparent, tracestate) of the span that wrote the event, so that the relay, which runs
-- after the commit on its own thread, publishes the record in the same trace (traceparent record header).
-- Null for events written outside any trace, and for rows written before this migration.
alter table outbox_event add column traceparent text;
alter table outbox_event add column tracestate text;
