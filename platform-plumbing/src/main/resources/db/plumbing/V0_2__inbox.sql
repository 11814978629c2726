-- Every event this service has applied, recorded in the same transaction as its effect.
create table inbox_event (
    event_id     uuid         primary key,
    source       varchar(200) not null,
    event_type   varchar(200) not null,
    subject      varchar(200) not null,
    sequence     bigint       not null,
    received_at  timestamptz  not null default now()
);

-- The newest sequence applied per aggregate, so that an older event never overwrites a newer state.
create table inbox_aggregate (
    source         varchar(200) not null,
    subject        varchar(200) not null,
    last_sequence  bigint       not null,
    primary key (source, subject)
);
