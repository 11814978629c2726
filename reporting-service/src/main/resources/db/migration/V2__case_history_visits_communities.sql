-- Every case event applied, so that a case's fact row can be folded again from its whole history in sequence order
-- whatever order the events arrived in, and so that flows (escalations, referrals, reopenings) are counted by when
-- they happened.
create table case_event (
    event_id      uuid         primary key,
    case_id       uuid         not null,
    community_id  varchar(64)  not null,
    type          varchar(100) not null,
    sequence      bigint       not null,
    occurred_at   timestamptz  not null,
    data          jsonb        not null
);

create index case_event_by_case on case_event (case_id, sequence);
-- Flow figures and the digest read one community's events of a type in a period.
create index case_event_by_community on case_event (community_id, type, occurred_at);

-- The case fact row now holds the whole current state of the case, folded from its events.
alter table case_fact
    add column tracking_number               varchar(64),
    add column urgency                       varchar(16),
    add column title                         text,
    add column grid_id                       varchar(64),
    add column assignee_id                   varchar(100),
    add column cycle_started_at              timestamptz,
    add column first_contact_due_at          timestamptz,
    add column feedback_due_at               timestamptz,
    add column first_contact_at              timestamptz,
    add column feedback_at                   timestamptz,
    add column satisfaction                  varchar(32),
    add column outcome                       varchar(32),
    add column resolved_at                   timestamptz,
    add column closed_at                     timestamptz,
    add column reopen_count                  integer not null default 0,
    add column first_contact_overdue         boolean not null default false,
    add column feedback_overdue              boolean not null default false,
    add column duplicate_of                  uuid,
    add column working_days_to_first_contact integer,
    add column working_days_to_feedback      integer;

-- One row per visit received at a reception room: the people received (接待人次).
create table reception_visit (
    visit_id      uuid         primary key,
    community_id  varchar(64)  not null,
    visited_at    timestamptz  not null,
    people_count  integer      not null,
    case_count    integer      not null
);

create index reception_visit_by_community on reception_visit (community_id, visited_at);

-- Where each community sits, from the roster's community.registered events.
create table community (
    community_id  varchar(64)  primary key,
    name          text         not null,
    subdistrict   text,
    district      text
);
