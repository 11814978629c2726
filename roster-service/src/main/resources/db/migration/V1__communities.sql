create table community (
    id           varchar(64)  primary key,
    name         varchar(200) not null,
    code         varchar(16)  not null unique,
    subdistrict  varchar(200) not null,
    district     varchar(200) not null,
    registered_at timestamptz not null,
    sequence     bigint       not null,
    version      bigint       not null
);
