-- Integrating systems subscribe to a community's events at a URL of theirs (Standard Webhooks). The signing secret is
-- kept as written (it signs every delivery); during a rotation's overlap the previous one signs too.
create table webhook_subscription (
    id                     uuid          primary key,
    community_id           varchar(64)   not null,
    url                    varchar(2000) not null,
    event_types            text[]        not null,
    description            varchar(200),
    status                 varchar(16)   not null,
    secret                 varchar(100)  not null,
    previous_secret        varchar(100),
    previous_secret_until  timestamptz,
    version                bigint        not null,
    created_at             timestamptz   not null,
    created_by             varchar(200)  not null
);
create index webhook_subscription_by_community on webhook_subscription (community_id, created_at);

-- One event to one subscription. Unique per subscription and event, so an event read again is not recorded twice;
-- position is the order the events were read in, which keeps one subject's deliveries in order.
create table webhook_delivery (
    id              uuid          primary key,
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    position        bigserial     not null,
    event_id        uuid          not null,
    event_type      text          not null,
    subject         text          not null,
    sequence        bigint        not null,
    body            text          not null,
    status          varchar(16)   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    recorded_at     timestamptz   not null,
    delivered_at    timestamptz,
    unique (subscription_id, event_id)
);
-- What the sender looks for: pending deliveries due, and an earlier pending one of the same subject.
create index webhook_delivery_pending on webhook_delivery (next_attempt_at, position) where status = 'PENDING';
create index webhook_delivery_by_subject on webhook_delivery (subscription_id, subject, position) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, position);

create table webhook_attempt (
    id          bigserial    primary key,
    delivery_id uuid         not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz not null,
    http_status int,
    latency_ms  bigint       not null,
    error       varchar(500)
);
create index webhook_attempt_by_delivery on webhook_attempt (delivery_id, id);
