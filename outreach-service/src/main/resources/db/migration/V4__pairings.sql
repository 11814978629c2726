-- A member paired with a household (结对); owes the four ones every year while it lasts.
create table pairing (
    id              uuid          primary key,
    community_id    varchar(64)   not null,
    member_id       varchar(64)   not null,
    household_id    uuid          not null references household (id),
    start_date      date          not null,
    end_date        date,
    end_reason      varchar(32),
    established_by  varchar(200)  not null,
    established_at  timestamptz   not null,
    ended_by        varchar(200),
    ended_at        timestamptz,
    sequence        bigint        not null,
    version         bigint        not null
);
-- One active pairing per member and household; the service checks first, this index settles a race.
create unique index pairing_one_active on pairing (member_id, household_id) where end_date is null;
create index pairing_community on pairing (community_id, start_date);
create index pairing_household on pairing (household_id);

-- What paired members did: the four ones and other visits, with notes.
create table outreach_activity (
    id            uuid           primary key,
    community_id  varchar(64)    not null,
    pairing_id    uuid           not null references pairing (id),
    household_id  uuid           not null references household (id),
    member_id     varchar(64)    not null,
    kind          varchar(32)    not null,
    done_on       date           not null,
    notes         varchar(4000),
    recorded_by   varchar(200)   not null,
    recorded_at   timestamptz    not null
);
create index outreach_activity_pairing on outreach_activity (pairing_id, done_on);
create index outreach_activity_community on outreach_activity (community_id, done_on);
