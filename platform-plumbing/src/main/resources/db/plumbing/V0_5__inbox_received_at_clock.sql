-- A poll's events are applied in one transaction, whose now() is its start: each event's own moment is the clock's.
alter table inbox_event alter column received_at set default clock_timestamp();
