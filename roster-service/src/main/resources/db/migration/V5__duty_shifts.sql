-- One generated month per room; generating it again is a conflict.
create table roster (
    id            uuid         primary key,
    community_id  varchar(64)  not null,
    room_id       uuid         not null references reception_room (id),
    month         varchar(7)   not null,
    generated_at  timestamptz  not null,
    generated_by  varchar(200) not null,
    unique (room_id, month)
);

create table duty_shift (
    id            uuid         primary key,
    roster_id     uuid         not null references roster (id),
    community_id  varchar(64)  not null,
    room_id       uuid         not null,
    day           date         not null,
    shift_code    varchar(16)  not null,
    starts_at     time         not null,
    ends_at       time         not null,
    member_id     uuid         not null references member (id),
    sequence      bigint       not null,
    version       bigint       not null,
    unique (room_id, day, shift_code)
);
-- Who is on duty on a day, and a member's own shifts.
create index duty_shift_day on duty_shift (community_id, day);
create index duty_shift_member on duty_shift (member_id, day);

-- Shifts a generated roster could not cover, and why; never silently skipped.
create table roster_gap (
    id            uuid         primary key,
    roster_id     uuid         not null references roster (id),
    day           date         not null,
    shift_code    varchar(16),
    reason        varchar(40)  not null
);
