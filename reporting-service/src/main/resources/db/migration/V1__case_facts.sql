-- One row per case, as the case events describe it; every case figure is computed from these rows.
create table case_fact (
    case_id        uuid         primary key,
    community_id   varchar(64)  not null,
    channel        varchar(32)  not null,
    category       varchar(32)  not null,
    status         varchar(32)  not null,
    registered_at  timestamptz  not null,
    last_sequence  bigint       not null
);

create index case_fact_by_community on case_fact (community_id, registered_at);
