-- The grids and reception rooms the roster service announced, so that a case or visit names only its own community's.
create table known_grid (
    community_id   varchar(64)  not null,
    grid_id        varchar(64)  not null,
    primary key (community_id, grid_id)
);

create table known_room (
    room_id        varchar(100) primary key,
    community_id   varchar(64)  not null
);
