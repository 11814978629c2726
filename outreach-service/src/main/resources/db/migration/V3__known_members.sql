-- This service's copy of the roster's members, so pairings show names while the roster service is down.
create table known_member (
    id             varchar(64)   primary key,
    community_id   varchar(64)   not null,
    name           varchar(100)  not null,
    active         boolean       not null,
    last_sequence  bigint        not null
);
