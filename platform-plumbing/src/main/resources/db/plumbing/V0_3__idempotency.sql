-- Requests from other systems by their Idempotency-Key, scoped to the calling client, with the first answer.
create table idempotent_request (
    client_id      varchar(200) not null,
    idempotency_key varchar(200) not null,
    fingerprint    varchar(64)  not null,
    state          varchar(16)  not null,
    claimed_at     timestamptz  not null,
    status         int,
    location       varchar(1000),
    body           text,
    primary key (client_id, idempotency_key)
);
