-- The 12345 work order's round trip (接诉即办): each hotline's own time limits, and where each order stands with
-- the hotline, kept on its case.
create table hotline_terms (
    hotline            varchar(200) primary key,
    acknowledge_within_minutes integer not null check (acknowledge_within_minutes between 1 and 10080),
    return_within_minutes      integer not null check (return_within_minutes between 1 and 10080),
    updated_at         timestamptz  not null
);

alter table cases
    add column hotline                  varchar(200),
    add column hotline_acknowledge_due  timestamptz,
    add column hotline_acknowledged_at  timestamptz,
    add column hotline_acknowledged_by  varchar(200),
    add column hotline_acknowledged_late boolean,
    add column hotline_return_until     timestamptz,
    add column hotline_returned_at      timestamptz,
    add column hotline_return_reason    text,
    add column hotline_replied_at       timestamptz,
    add column hotline_reply            text,
    add column hotline_called_back_at   timestamptz,
    add column hotline_redo_count       integer not null default 0;

-- Orders registered before this change came from the hotline client that pushed them, under the default terms.
update cases set hotline = registered_by,
                 hotline_acknowledge_due = registered_at + interval '2 hours',
                 hotline_return_until = registered_at + interval '24 hours'
where channel = 'HOTLINE_12345';
