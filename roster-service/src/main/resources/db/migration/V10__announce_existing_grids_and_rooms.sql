-- Grids and rooms drawn before grid.drawn and reception-room.opened existed are announced once, through the outbox,
-- so that the other services' copies know them too and accept the requests that name them. A new database has none.
insert into outbox_event (event_id, topic, aggregate_id, event_type, envelope)
select e.id, 'roster-events', e.subject, e.type,
       json_build_object(
           'specversion', '1.0', 'id', e.id, 'source', 'roster-service', 'type', e.type,
           'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'subject', e.subject,
           'datacontenttype', 'application/json', 'community', e.community, 'sequence', 1, 'data', e.data)::text
from (
    select gen_random_uuid() as id, g.community_id || '/' || g.id as subject, 'grid.drawn.v1' as type,
           g.community_id as community,
           json_build_object('communityId', g.community_id, 'gridId', g.id, 'name', g.name) as data
    from grid g
    union all
    select gen_random_uuid(), r.id::text, 'reception-room.opened.v1', r.community_id,
           json_build_object('roomId', r.id, 'name', r.name, 'location', r.location)
    from reception_room r
) e;
