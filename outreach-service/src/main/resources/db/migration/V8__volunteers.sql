-- Residents and members who signed up to volunteer, with their skills and when they are available.
create table volunteer (
    id              uuid           primary key,
    community_id    varchar(64)    not null,
    name            varchar(100)   not null,
    member_id       varchar(64),
    availability    varchar(200),
    available_from  date,
    available_until date,
    signed_up_at    timestamptz    not null,
    signed_up_by    varchar(200)   not null,
    version         bigint         not null
);
create index volunteer_community on volunteer (community_id, name);

create table volunteer_skill (
    volunteer_id  uuid           not null references volunteer (id),
    skill         varchar(30)    not null,
    primary key (volunteer_id, skill)
);

-- A volunteer activity and the people who served in it, with their hours.
create table volunteer_activity (
    id            uuid           primary key,
    community_id  varchar(64)    not null,
    title         varchar(200)   not null,
    held_on       date           not null,
    description   varchar(2000),
    recorded_by   varchar(200)   not null,
    recorded_at   timestamptz    not null
);
create index volunteer_activity_community on volunteer_activity (community_id, held_on);

create table volunteer_service (
    activity_id   uuid           not null references volunteer_activity (id),
    volunteer_id  uuid           not null references volunteer (id),
    hours         numeric(3, 1)  not null check (hours > 0),
    primary key (activity_id, volunteer_id)
);
