-- A community's own cadence per household kind beyond the four ones: e.g. a phone call monthly, a visit quarterly,
-- a visit before each public holiday. Due and overdue tasks are computed from these and the activities.
create table cadence_rule (
    id              uuid           primary key,
    community_id    varchar(64)    not null,
    household_kind  varchar(32)    not null,
    activity_kind   varchar(32)    not null,
    period          varchar(32)    not null,
    days_before     int,
    effective_from  date           not null,
    description     varchar(500),
    created_by      varchar(200)   not null,
    created_at      timestamptz    not null,
    retired_at      timestamptz,
    version         bigint         not null
);
create index cadence_rule_community on cadence_rule (community_id) where retired_at is null;
-- Cadence tasks look up a household's activities by kind and day.
create index outreach_activity_household on outreach_activity (household_id, kind, done_on);
