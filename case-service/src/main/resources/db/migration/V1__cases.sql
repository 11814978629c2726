create table cases (
    id               uuid         primary key,
    community_id     varchar(64)  not null,
    tracking_number  varchar(64)  not null,
    channel          varchar(32)  not null,
    category         varchar(32)  not null,
    urgency          varchar(16)  not null,
    grid_id          varchar(64),
    description      varchar(4000) not null,
    status           varchar(32)  not null,
    registered_at    timestamptz  not null,
    registered_by    varchar(200) not null,
    sequence         bigint       not null,
    version          bigint       not null,
    unique (community_id, tracking_number)
);

-- Every list is read per community, newest first.
create index cases_by_community on cases (community_id, registered_at desc);

-- The last tracking number handed out per community and year.
create table tracking_counter (
    community_id  varchar(64) not null,
    year          int         not null,
    last_value    bigint      not null,
    primary key (community_id, year)
);
