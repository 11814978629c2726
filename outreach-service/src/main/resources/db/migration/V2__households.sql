-- Households in difficulty and elderly people living alone (帮扶对象).
create table household (
    id             uuid          primary key,
    community_id   varchar(64)   not null,
    name           varchar(100)  not null,
    kind           varchar(32)   not null,
    address        varchar(300)  not null,
    grid_id        varchar(64),
    needs          varchar(2000),
    status         varchar(32)   not null,
    registered_at  timestamptz   not null,
    registered_by  varchar(200)  not null,
    version        bigint        not null
);
create index household_community on household (community_id, name);
-- Visit campaigns pick their households by grid.
create index household_grid on household (community_id, grid_id);

-- Whom to phone for a household. Personal data: masked unless the caller's role needs it, every unmasked read
-- audited (personal_data_read, from the plumbing migrations).
create table household_contact (
    household_id  uuid          not null references household (id),
    position      int           not null,
    name          varchar(100)  not null,
    relation      varchar(50)   not null,
    phone         varchar(20)   not null,
    primary key (household_id, position)
);

