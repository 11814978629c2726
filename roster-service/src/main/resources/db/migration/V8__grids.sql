-- The grids (网格) a community is divided into for grid management; cases and visits name them.
create table grid (
    community_id  varchar(64)  not null references community (id),
    id            varchar(64)  not null,
    name          varchar(200) not null,
    description   varchar(500),
    primary key (community_id, id)
);
