-- A notification campaign (逐人排查): everyone on a list contacted for one purpose, e.g. a vaccination reminder.
create table notification_campaign (
    id            uuid           primary key,
    community_id  varchar(64)    not null,
    title         varchar(200)   not null,
    purpose       varchar(2000)  not null,
    due_date      date           not null,
    created_by    varchar(200)   not null,
    created_at    timestamptz    not null,
    sequence      bigint         not null,
    version       bigint         not null
);
create index notification_campaign_community on notification_campaign (community_id, due_date);

-- Whom to contact: a registered household, or a resident by name and grid.
create table notification_target (
    id             uuid           primary key,
    campaign_id    uuid           not null references notification_campaign (id),
    position       int            not null,
    household_id   uuid           references household (id),
    resident_name  varchar(100),
    grid_id        varchar(64),
    check (household_id is not null or resident_name is not null)
);
create index notification_target_campaign on notification_target (campaign_id, position);

-- Every contact attempt with its outcome, who made it and when; the latest per target counts.
create table notification_contact (
    id            uuid           primary key,
    campaign_id   uuid           not null references notification_campaign (id),
    target_id     uuid           not null references notification_target (id),
    outcome       varchar(16)    not null,
    note          varchar(2000),
    contacted_by  varchar(200)   not null,
    contacted_at  timestamptz    not null
);
create index notification_contact_campaign on notification_contact (campaign_id, target_id, contacted_at);
