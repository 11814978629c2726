create table swap_request (
    id                uuid         primary key,
    community_id      varchar(64)  not null,
    shift_id          uuid         not null references duty_shift (id),
    from_member_id    uuid         not null references member (id),
    to_member_id      uuid         not null references member (id),
    counter_shift_id  uuid         references duty_shift (id),
    state             varchar(16)  not null,
    note              varchar(200),
    requested_by      varchar(200) not null,
    requested_at      timestamptz  not null,
    decided_by        varchar(200),
    decided_at        timestamptz,
    version           bigint       not null
);
create index swap_request_community on swap_request (community_id, state);

-- The duty actually kept: when the member on duty arrived at and left the room.
alter table duty_shift add column checked_in_at timestamptz;
alter table duty_shift add column checked_out_at timestamptz;
