alter table cases
    add column title                   varchar(200),
    add column reception_visit_id      uuid,
    add column concern_id              uuid,
    add column hotline_reference       varchar(100),
    add column resident_name           varchar(100),
    add column resident_phone          varchar(32),
    add column resident_id_number      varchar(32),
    add column assignee_id             varchar(100),
    add column first_contact_due_at    timestamptz,
    add column feedback_due_at         timestamptz,
    add column first_contact_at        timestamptz,
    add column first_contact_overdue   boolean not null default false,
    add column feedback_overdue        boolean not null default false,
    add column outcome                 varchar(32),
    add column outcome_reason          varchar(2000),
    add column referred_to             varchar(200),
    add column actions_taken           varchar(4000),
    add column duplicate_of            uuid,
    add column resolved_at             timestamptz,
    add column feedback_method         varchar(32),
    add column feedback_at             timestamptz,
    add column satisfaction            varchar(32),
    add column feedback_comment        varchar(2000),
    add column closed_at               timestamptz,
    add column closed_by               varchar(200),
    add column reopen_count            int not null default 0,
    add column pending_extension_kind  varchar(32),
    add column pending_extension_until timestamptz,
    add column pending_extension_reason varchar(2000),
    add column search_bigrams          text[] not null default '{}';

update cases set title = left(description, 60) where title is null;
alter table cases alter column title set not null;

-- Chinese has no spaces between words: search matches every two-character piece of the query (bigrams).
create index cases_search on cases using gin (search_bigrams);
create index cases_open_deadlines on cases (first_contact_due_at, feedback_due_at) where closed_at is null;
create index cases_by_assignee on cases (community_id, assignee_id);
create unique index cases_by_concern on cases (concern_id) where concern_id is not null;

-- What happened to a case and what was said, in order; shareable entries may be read to the resident.
create table case_timeline (
    id            uuid         primary key,
    case_id       uuid         not null references cases (id),
    community_id  varchar(64)  not null,
    at            timestamptz  not null,
    actor         varchar(200) not null,
    kind          varchar(32)  not null,
    shareable     boolean      not null,
    text          varchar(4000) not null
);
create index case_timeline_by_case on case_timeline (case_id, at);

-- Hand-overs to outside bodies and their replies.
create table case_referral (
    id                 uuid          primary key,
    case_id            uuid          not null references cases (id),
    community_id       varchar(64)   not null,
    body               varchar(200)  not null,
    contact            varchar(200),
    their_reference    varchar(100),
    expected_reply_by  date,
    referred_at        timestamptz   not null,
    referred_by        varchar(200)  not null,
    answer             varchar(4000),
    replied_at         timestamptz,
    answer_recorded_at timestamptz
);
create index case_referral_by_case on case_referral (case_id);

-- A person or group received at the reception room; raises 0..n cases.
create table reception_visit (
    id              uuid          primary key,
    community_id    varchar(64)   not null,
    room_id         varchar(64),
    visited_at      timestamptz   not null,
    duty_member_id  varchar(100)  not null,
    people_count    int           not null,
    visitor_name    varchar(100),
    visitor_phone   varchar(32),
    summary         varchar(4000) not null,
    recorded_by     varchar(200)  not null,
    recorded_at     timestamptz   not null
);
create index reception_visit_by_community on reception_visit (community_id, visited_at desc);

-- Per-community case settings; a missing row means the defaults.
create table community_case_settings (
    community_id            varchar(64) primary key,
    closing_requires_admin  boolean     not null
);

-- Deadline rules set per community and category; absent rows fall back to the platform defaults.
create table deadline_rule (
    community_id   varchar(64) not null,
    category       varchar(32) not null,
    urgency        varchar(16) not null,
    first_contact  varchar(16) not null,
    feedback       varchar(16) not null,
    primary key (community_id, category, urgency)
);


-- Days a community's reception room is closed beyond the official calendar, from the roster's events.
create table community_closure (
    community_id  varchar(64)  not null,
    closed_on     date         not null,
    reason        varchar(200) not null,
    primary key (community_id, closed_on)
);
