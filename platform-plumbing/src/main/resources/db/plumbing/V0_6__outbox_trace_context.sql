-- The W3C trace context current when an event was written, so that the relay's send continues that trace; null for
-- events written outside any trace and for rows older than this column.
alter table outbox_event add column traceparent varchar(100), add column tracestate text;
