-- A visit campaign (走访): households to visit, each with an assigned member, by a due date.
create table visit_campaign (
    id            uuid           primary key,
    community_id  varchar(64)    not null,
    title         varchar(200)   not null,
    purpose       varchar(2000),
    due_date      date           not null,
    created_by    varchar(200)   not null,
    created_at    timestamptz    not null,
    version       bigint         not null
);
create index visit_campaign_community on visit_campaign (community_id, due_date);

create table visit_campaign_target (
    campaign_id   uuid           not null references visit_campaign (id),
    position      int            not null,
    household_id  uuid           not null references household (id),
    member_id     varchar(64)    not null,
    primary key (campaign_id, position)
);

-- The visit log: one row per visit to a household, in a campaign or not.
create table visit (
    id            uuid           primary key,
    community_id  varchar(64)    not null,
    household_id  uuid           not null references household (id),
    campaign_id   uuid           references visit_campaign (id),
    member_id     varchar(64)    not null,
    visited_on    date           not null,
    notes         varchar(4000),
    recorded_by   varchar(200)   not null,
    recorded_at   timestamptz    not null
);
create index visit_household on visit (household_id, visited_on);
create index visit_campaign_household on visit (campaign_id, household_id);

-- A problem found on a visit (走访发现问题); the case service makes it a case and reports the outcome back.
create table concern (
    id               uuid           primary key,
    community_id     varchar(64)    not null,
    household_id     uuid           not null references household (id),
    visit_id         uuid           references visit (id),
    campaign_id      uuid           references visit_campaign (id),
    category         varchar(32)    not null,
    urgency          varchar(16)    not null,
    title            varchar(200)   not null,
    description      varchar(4000)  not null,
    grid_id          varchar(64),
    raised_by        varchar(64)    not null,
    raised_at        timestamptz    not null,
    case_id          uuid,
    tracking_number  varchar(64),
    outcome          varchar(32),
    result_summary   varchar(4000),
    closed_at        timestamptz,
    -- Crossed off the household's ledger (销号): the member told the household the outcome of its case.
    crossed_off_on   date,
    crossed_off_by   varchar(200),
    crossing_note    varchar(2000),
    version          bigint         not null
);
create index concern_household on concern (household_id, raised_at);
create index concern_visit on concern (visit_id);
-- case.closed finds its concern by case id.
create index concern_case on concern (case_id);
