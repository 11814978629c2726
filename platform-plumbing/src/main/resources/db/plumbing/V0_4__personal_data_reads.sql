-- Every read of residents' personal data shown unmasked: who, when, which record, which fields.
create table personal_data_read (
    id            uuid         primary key,
    community_id  varchar(64)  not null,
    record_type   varchar(64)  not null,
    record_id     varchar(100) not null,
    reader        varchar(200) not null,
    roles         varchar(200) not null,
    fields        varchar(200) not null,
    read_at       timestamptz  not null
);
create index personal_data_read_by_community on personal_data_read (community_id, read_at desc);
