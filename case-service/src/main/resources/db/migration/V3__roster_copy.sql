-- This service's copy of what the roster service publishes, so that cases are assigned while it is down.
create table known_community (
    id             varchar(64) primary key,
    code           varchar(16) not null,
    last_sequence  bigint      not null
);

create table roster_member (
    member_id      varchar(100) primary key,
    community_id   varchar(64)  not null,
    name           varchar(100) not null,
    skills         text[]       not null,
    active         boolean      not null,
    last_sequence  bigint       not null
);

create table duty_shift (
    shift_id       varchar(100) primary key,
    community_id   varchar(64)  not null,
    room_id        varchar(100) not null,
    member_id      varchar(100) not null,
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    last_sequence  bigint       not null
);
-- "Who is on duty now" looks shifts up by community and time.
create index duty_shift_now on duty_shift (community_id, starts_at, ends_at);
