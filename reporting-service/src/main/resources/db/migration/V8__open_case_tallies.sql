-- Open cases are tallied too, so that no figure adds up case rows at the moment of asking (MonthTallies): what a case
-- counts with none of its deadlines passed goes to case_month_tally, and what changes as each deadline passes goes
-- to case_deadline_tally under that moment. A query adds the first to the rows of the second whose moment has
-- passed; a row there goes back to nothing, and is removed, once the case meets the deadline or the case service
-- announces it missed (case.overdue.v1), so those rows stay few. The open cases are not in the tallies yet, and
-- refresh_month_tallies() would leave them out: run POST /rebuilds once after upgrading.
alter table case_month_tally
    add column open_cases                 bigint not null default 0,
    add column overdue                    bigint not null default 0,
    add column hotline_awaiting_signature bigint not null default 0;

create table case_deadline_tally (like case_month_tally including defaults);
alter table case_deadline_tally
    add column due_at timestamptz not null,
    add primary key (community_id, month, category, channel, due_at);
-- A query reads only the rows whose moment has passed.
create index case_deadline_tally_due on case_deadline_tally (due_at);

drop function refresh_month_tallies();

-- Overdue work reads only the open cases that may be late (OpenCaseRules.MAY_BE_LATE), through these three, instead
-- of every open case: those announced overdue, and those whose deadline may have passed unannounced. Each
-- predicate is written as in OpenCaseRules, so that the planner matches it.
drop index case_fact_open;
create index case_fact_announced_overdue on case_fact (community_id)
    where ((status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS', 'REFERRED', 'ESCALATED', 'RESOLVED', 'FEEDBACK_GIVEN', 'REOPENED'))
           and (first_contact_overdue or feedback_overdue));
create index case_fact_first_contact_due on case_fact (first_contact_due_at)
    where ((status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS', 'REFERRED', 'ESCALATED', 'RESOLVED', 'FEEDBACK_GIVEN', 'REOPENED'))
           and first_contact_at is null and not first_contact_overdue);
create index case_fact_feedback_due on case_fact (feedback_due_at)
    where (status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS', 'REFERRED', 'ESCALATED', 'RESOLVED', 'REOPENED')
           and not feedback_overdue);

-- The four ones read a year's activities of the communities asked for.
create index outreach_activity_by_community on outreach_activity (community_id, done_on);

-- Duty shifts planned, kept and kept late per community and month, kept by RosterProjection as shifts are planned and
-- checked in, so that whole months are not added up from every shift's row.
create table duty_shift_month_tally (
    community_id  varchar(64) not null,
    month         date        not null,
    planned       bigint      not null,
    kept          bigint      not null,
    late          bigint      not null,
    primary key (community_id, month)
);

insert into duty_shift_month_tally
select community_id, cast(date_trunc('month', shift_date) as date), count(*), count(checked_in_at),
       count(*) filter (where late)
from duty_shift group by 1, 2;
