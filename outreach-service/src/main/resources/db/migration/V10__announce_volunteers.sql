-- Volunteers and volunteer activities were recorded before they were announced on the topic. Each one recorded so
-- far gets its one event in the outbox now, exactly as the service writes it from now on, so that the figures built
-- from the topic count them too. Runs once, before the service takes requests, writing to the topic of
-- huike.outbox.topic (the placeholder outboxTopic).
insert into outbox_event (event_id, topic, aggregate_id, event_type, envelope)
select v.event_id, '${outboxTopic}', cast(v.id as text), 'volunteer.signed-up.v1',
       json_build_object(
           'specversion', '1.0',
           'id', v.event_id,
           'source', 'outreach-service',
           'type', 'volunteer.signed-up.v1',
           'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'subject', cast(v.id as text),
           'datacontenttype', 'application/json',
           'community', v.community_id,
           'sequence', 1,
           'data', json_build_object(
               'volunteerId', v.id,
               'memberId', v.member_id,
               'skills', coalesce((select json_agg(s.skill order by s.skill collate "C") from volunteer_skill s
                                   where s.volunteer_id = v.id), '[]'),
               'availableFrom', v.available_from,
               'availableUntil', v.available_until,
               'signedUpBy', v.signed_up_by,
               'signedUpAt', to_char(v.signed_up_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')))::text
from (select gen_random_uuid() as event_id, volunteer.* from volunteer) v
order by v.signed_up_at, v.id;

insert into outbox_event (event_id, topic, aggregate_id, event_type, envelope)
select a.event_id, '${outboxTopic}', cast(a.id as text), 'volunteer-activity.recorded.v1',
       json_build_object(
           'specversion', '1.0',
           'id', a.event_id,
           'source', 'outreach-service',
           'type', 'volunteer-activity.recorded.v1',
           'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'subject', cast(a.id as text),
           'datacontenttype', 'application/json',
           'community', a.community_id,
           'sequence', 1,
           'data', json_build_object(
               'activityId', a.id,
               'heldOn', a.held_on,
               'served', (select json_agg(json_build_object('volunteerId', s.volunteer_id, 'hours', s.hours)
                                          order by s.volunteer_id)
                          from volunteer_service s where s.activity_id = a.id),
               'recordedBy', a.recorded_by,
               'recordedAt', to_char(a.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')))::text
from (select gen_random_uuid() as event_id, volunteer_activity.* from volunteer_activity) a
where exists (select 1 from volunteer_service s where s.activity_id = a.id)
order by a.recorded_at, a.id;
