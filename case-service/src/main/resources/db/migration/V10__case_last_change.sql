-- Who made a case's latest change and when (as typed in), so that a stale edit can be told whom to ask. Cases from
-- before take their latest action on the timeline, else their entry.
alter table cases
    add column last_changed_by varchar(200),
    add column last_changed_at timestamptz;
update cases c set last_changed_by = t.actor, last_changed_at = t.entered_at
from (select distinct on (case_id) case_id, actor, entered_at from case_timeline where kind = 'ACTION'
      order by case_id, entered_at desc, id desc) t
where t.case_id = c.id;
update cases set last_changed_by = entered_by, last_changed_at = entered_at where last_changed_at is null;
alter table cases
    alter column last_changed_by set not null,
    alter column last_changed_at set not null;
