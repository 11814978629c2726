create table reception_room (
    id            uuid         primary key,
    community_id  varchar(64)  not null references community (id),
    name          varchar(200) not null,
    location      varchar(200),
    version       bigint       not null
);
create index reception_room_community on reception_room (community_id);

-- The shifts of one working day at a room, in the order of the day.
create table shift_template (
    room_id    uuid         not null references reception_room (id),
    position   int          not null,
    code       varchar(16)  not null,
    name       varchar(50)  not null,
    starts_at  time         not null,
    ends_at    time         not null,
    primary key (room_id, position),
    unique (room_id, code),
    check (starts_at < ends_at)
);
