-- The grids the roster service announced, so that households and campaigns name only their own community's grids.
create table known_grid (
    community_id   varchar(64)  not null,
    grid_id        varchar(64)  not null,
    primary key (community_id, grid_id)
);
