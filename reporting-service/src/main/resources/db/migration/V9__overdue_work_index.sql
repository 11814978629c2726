-- Overdue work reads the open cases announced overdue (OpenCaseRules.ANNOUNCED_OVERDUE) from this index alone, in the
-- order it groups them, instead of fetching each case's row: at a district's scale they are tens of thousands. It
-- holds every column the lateness rules read, and replaces the V8 index on the same cases.
drop index case_fact_announced_overdue;
create index case_fact_overdue_work on case_fact (community_id, assignee_id)
    include (status, first_contact_at, first_contact_due_at, feedback_due_at, first_contact_overdue, feedback_overdue)
    where ((status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS', 'REFERRED', 'ESCALATED', 'RESOLVED', 'FEEDBACK_GIVEN', 'REOPENED'))
           and (first_contact_overdue or feedback_overdue));
