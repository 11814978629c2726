-- Pairings (结对) with their dates; the start is null until pairing.established arrives.
create table pairing (
    pairing_id      uuid         primary key,
    community_id    varchar(64)  not null,
    member_id       varchar(100),
    household_kind  varchar(32),
    start_date      date,
    end_date        date
);

create index pairing_by_community on pairing (community_id);

-- What paired members did, the four ones (四个一) among it.
create table outreach_activity (
    activity_id   uuid         primary key,
    pairing_id    uuid         not null,
    community_id  varchar(64)  not null,
    kind          varchar(40)  not null,
    done_on       date         not null
);

create index outreach_activity_by_pairing on outreach_activity (pairing_id, done_on);

-- Every contact of a notification campaign (逐人排查); a target's latest contact (highest sequence) stands.
create table campaign_contact (
    event_id      uuid         primary key,
    campaign_id   uuid         not null,
    target_id     uuid         not null,
    community_id  varchar(64)  not null,
    outcome       varchar(20)  not null,
    contacted_at  timestamptz  not null,
    sequence      bigint       not null
);

create index campaign_contact_by_community on campaign_contact (community_id, campaign_id);
