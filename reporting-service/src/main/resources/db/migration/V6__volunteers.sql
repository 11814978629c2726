-- Volunteers (志愿者) of each community, from volunteer.signed-up; registered from the day they signed up.
create table volunteer (
    volunteer_id  uuid         primary key,
    community_id  varchar(64)  not null,
    member_id     varchar(100),
    signed_up_at  timestamptz  not null
);

create index volunteer_by_community on volunteer (community_id, signed_up_at);

-- Each volunteer's hours in each volunteer activity (志愿服务), from volunteer-activity.recorded; a volunteer
-- serves in an activity once, so an activity's event applied again changes nothing.
create table volunteer_service (
    activity_id   uuid          not null,
    volunteer_id  uuid          not null,
    community_id  varchar(64)   not null,
    held_on       date          not null,
    hours         numeric(3, 1) not null,
    primary key (activity_id, volunteer_id)
);

create index volunteer_service_by_community on volunteer_service (community_id, held_on);
