-- One row per duty shift (值班): planned when scheduled, kept when the member on duty checked in.
create table duty_shift (
    shift_id         uuid         primary key,
    community_id     varchar(64)  not null,
    shift_date       date         not null,
    member_id        varchar(100) not null,
    -- The sequence of the event the member was taken from, so that a late scheduling never undoes a swap.
    member_sequence  bigint       not null,
    checked_in_at    timestamptz,
    late             boolean      not null default false
);

create index duty_shift_by_community on duty_shift (community_id, shift_date);
