-- This service's copy of the roster's communities, so it keeps working while the roster service is down.
create table known_community (
    id            varchar(64)  primary key,
    name          varchar(200) not null,
    code          varchar(16)  not null,
    subdistrict   varchar(200) not null,
    district      varchar(200) not null,
    last_sequence bigint       not null
);
