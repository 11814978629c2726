-- Days a community closes on top of the official calendar; one closure per community and date.
create table closure (
    id            uuid         primary key,
    community_id  varchar(64)  not null references community (id),
    day           date         not null,
    reason        varchar(200) not null,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(200) not null,
    unique (community_id, day)
);
