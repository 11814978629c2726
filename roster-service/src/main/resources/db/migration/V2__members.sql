create table member (
    id            uuid         primary key,
    community_id  varchar(64)  not null references community (id),
    name          varchar(100) not null,
    phone         varchar(20)  not null,
    kind          varchar(32)  not null,
    party_member  boolean      not null,
    unit          varchar(200),
    duties        varchar(500),
    active        boolean      not null,
    registered_at timestamptz  not null,
    sequence      bigint       not null,
    version       bigint       not null
);
create index member_community on member (community_id, name);

create table member_skill (
    member_id  uuid        not null references member (id),
    skill      varchar(32) not null,
    primary key (member_id, skill)
);

-- Leave and other unavailability; rosters never put a member on duty inside one of these ranges.
create table member_leave (
    id            uuid         primary key,
    member_id     uuid         not null references member (id),
    community_id  varchar(64)  not null,
    first_day     date         not null,
    last_day      date         not null,
    reason        varchar(200),
    recorded_at   timestamptz  not null,
    check (first_day <= last_day)
);
create index member_leave_member on member_leave (member_id, first_day);
