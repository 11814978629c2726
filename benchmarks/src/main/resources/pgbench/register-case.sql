-- What case-service writes to register one case, for pgbench: the case row and its case.registered outbox row in
-- one transaction, with the columns and the sizes of the service's own inserts. One community per client.
\set hi random(1, 9223372036854775806)
\set lo random(1, 9223372036854775806)
\set building random(1, 40)
BEGIN;
INSERT INTO cases (id, community_id, tracking_number, channel, category, urgency, grid_id, description, status,
    registered_at, registered_by, sequence, version, title, resident_name, resident_phone, first_contact_due_at,
    feedback_due_at, search_bigrams, entered_at, entered_by, last_changed_by, last_changed_at)
VALUES ((lpad(to_hex(:hi), 16, '0') || lpad(to_hex(:lo), 16, '0'))::uuid, 'pgbench-' || :client_id,
    'PGB-2026-' || lpad(to_hex(:hi), 16, '0'), 'PHONE', 'WATER_DRAINAGE', 'NORMAL', 'grid-' || :building,
    '基准测试：' || :building || ' 号楼污水管道堵塞，请尽快处理', 'REGISTERED', now(), 'benchmark', 1, 0,
    '基准测试：' || :building || ' 号楼污水管道堵塞，请尽快处理', '测试', '13800000000',
    now() + interval '1 day', now() + interval '15 days',
    '{基准,准测,测试,号楼,污水,水管,管道,道堵,堵塞,请尽,尽快,快处,处理}', now(), 'benchmark', 'benchmark', now());
INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, envelope)
SELECT event_id, 'case-events', case_id, 'case.registered.v1', format(
    '{"specversion":"1.0","id":"%s","source":"case-service","type":"case.registered.v1","time":"%s",'
    '"subject":"%s","datacontenttype":"application/json","community":"pgbench-%s","sequence":1,'
    '"data":{"caseId":"%s","trackingNumber":"PGB-2026-%s","channel":"PHONE","category":"WATER_DRAINAGE",'
    '"urgency":"NORMAL","title":"基准测试：%s 号楼污水管道堵塞，请尽快处理","gridId":"grid-%s",'
    '"receptionVisitId":null,"concernId":null,"hotlineReference":null,"registeredAt":"%s",'
    '"registeredBy":"benchmark","firstContactDueAt":"%s","feedbackDueAt":"%s"}}',
    event_id, now(), case_id, :client_id, case_id, lpad(to_hex(:hi), 16, '0'), :building, :building, now(),
    now() + interval '1 day', now() + interval '15 days')
FROM (SELECT gen_random_uuid() AS event_id,
             (lpad(to_hex(:hi), 16, '0') || lpad(to_hex(:lo), 16, '0'))::uuid::text AS case_id) AS ids;
END;
