-- Keys of the systems that speak Open311 GeoReport v2 to a community. Only the SHA-256 of a key is kept: the key
-- itself is shown once, when it is issued, and cannot be read back.
create table open311_key (
    id          uuid          primary key,
    community_id varchar(64)  not null,
    name        varchar(100)  not null,
    key_hash    char(64)      not null unique,
    issued_at   timestamptz   not null,
    issued_by   varchar(200)  not null,
    revoked_at  timestamptz,
    revoked_by  varchar(200)
);
create index open311_key_by_community on open311_key (community_id, issued_at);

-- Where a matter is, as an Open311 request gives it: an address, a point, or both. Cases from other channels have none.
alter table cases
    add column address   varchar(500),
    add column latitude  double precision,
    add column longitude double precision;

-- Open311 lists a jurisdiction's requests by when they were last changed, too.
create index cases_by_community_last_change on cases (community_id, last_changed_at);
