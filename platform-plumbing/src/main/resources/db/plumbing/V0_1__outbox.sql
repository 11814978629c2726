-- Events waiting to be published, written in the same transaction as the change they describe.
create table outbox_event (
    position      bigserial    primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    aggregate_id  varchar(200) not null,
    event_type    varchar(200) not null,
    envelope      text         not null,
    created_at    timestamptz  not null default now(),
    published_at  timestamptz
);

-- The relay reads only unpublished rows, in order; a partial index keeps that cheap however many are kept.
create index outbox_event_unpublished on outbox_event (position) where published_at is null;
