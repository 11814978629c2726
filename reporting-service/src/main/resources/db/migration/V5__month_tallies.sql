-- Whole months at district scale are added up from these tallies instead of from every case's row. They hold only
-- what no longer changes with time: closed cases (an open case's deadlines are judged at the moment of asking, so
-- open cases are always read from case_fact), flow events and reception visits. The transaction that applies an
-- event keeps them up to date (MonthTallies); refresh_month_tallies() computes them again from the rows.
--
-- Each closed case and each flow event is added four times: under its category and channel, under its category
-- with channel '*', under '*' and its channel, and under '*' and '*', so that a query with or without a category or
-- channel reads one row per community and month.

-- Adds two maps of counts, e.g. outcomes {"RESOLVED": 3}; a count that comes to zero is left out.
create function add_counts(a jsonb, b jsonb) returns jsonb
language sql immutable as $$
    select coalesce(jsonb_object_agg(key, total) filter (where total <> 0), '{}'::jsonb)
    from (select key, sum(value::bigint) as total
          from (select * from jsonb_each_text(a) union all select * from jsonb_each_text(b)) counts
          group by key) sums
$$;

create table case_month_tally (
    community_id            varchar(64) not null,
    month                   date        not null,
    category                varchar(32) not null,
    channel                 varchar(32) not null,
    closed                  bigint      not null,
    outcomes                jsonb       not null,
    first_contacts_due      bigint      not null,
    first_contacts_on_time  bigint      not null,
    resolutions_due         bigint      not null,
    resolved                bigint      not null,
    feedback_given          bigint      not null,
    satisfied               bigint      not null,
    days_to_first_contact   bigint      not null,
    first_contacts_timed    bigint      not null,
    days_to_feedback        bigint      not null,
    feedbacks_timed         bigint      not null,
    primary key (community_id, month, category, channel)
);

-- Flow events (escalations, referrals, reopenings, missed deadlines) by the month they happened in, under the
-- case's current category and channel.
create table case_flow_month_tally (
    community_id  varchar(64)  not null,
    month         date         not null,
    category      varchar(32)  not null,
    channel       varchar(32)  not null,
    type          varchar(100) not null,
    events        bigint       not null,
    primary key (community_id, month, category, channel, type)
);

create table reception_visit_month_tally (
    community_id  varchar(64) not null,
    month         date        not null,
    visits        bigint      not null,
    people        bigint      not null,
    primary key (community_id, month)
);

-- Open cases are few beside the closed ones, and every whole-month query reads them.
create index case_fact_open on case_fact (community_id, registered_at) where status <> 'CLOSED';

create function refresh_month_tallies() returns void
language sql as $$
    truncate case_month_tally, case_flow_month_tally, reception_visit_month_tally;

    with closed as (
        select f.community_id, cast(date_trunc('month', f.registered_at at time zone 'Asia/Shanghai') as date) as month,
               k.category, k.channel, f.outcome, f.satisfaction, f.first_contact_at, f.first_contact_due_at,
               f.working_days_to_first_contact, f.working_days_to_feedback
        from case_fact f
        cross join lateral (values (f.category, f.channel), (f.category, '*'), ('*', f.channel), ('*', '*'))
            as k (category, channel)
        where f.status = 'CLOSED'),
    outcomes as (
        select community_id, month, category, channel, jsonb_object_agg(outcome, cases) as outcomes
        from (select community_id, month, category, channel, outcome, count(*) as cases
              from closed where outcome is not null group by 1, 2, 3, 4, 5) by_outcome
        group by 1, 2, 3, 4)
    insert into case_month_tally
    select c.community_id, c.month, c.category, c.channel, count(*), coalesce(o.outcomes, '{}'::jsonb),
           count(*) filter (where c.first_contact_at is not null),
           count(*) filter (where c.first_contact_at is not null
                            and (c.first_contact_due_at is null or c.first_contact_at <= c.first_contact_due_at)),
           count(*) filter (where c.outcome is not null and c.outcome <> 'DUPLICATE'),
           count(*) filter (where c.outcome = 'RESOLVED'),
           count(*) filter (where c.satisfaction is not null),
           count(*) filter (where c.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')),
           coalesce(sum(c.working_days_to_first_contact), 0), count(c.working_days_to_first_contact),
           coalesce(sum(c.working_days_to_feedback), 0), count(c.working_days_to_feedback)
    from closed c left join outcomes o using (community_id, month, category, channel)
    group by c.community_id, c.month, c.category, c.channel, o.outcomes;

    insert into case_flow_month_tally
    select e.community_id, cast(date_trunc('month', e.occurred_at at time zone 'Asia/Shanghai') as date),
           k.category, k.channel, e.type, count(*)
    from case_event e
    join case_fact f on f.case_id = e.case_id
    cross join lateral (values (f.category, f.channel), (f.category, '*'), ('*', f.channel), ('*', '*'))
        as k (category, channel)
    where e.type in ('case.escalated.v1', 'case.referred.v1', 'case.referral-answered.v1', 'case.reopened.v1',
                     'case.overdue.v1')
    group by 1, 2, 3, 4, 5;

    insert into reception_visit_month_tally
    select community_id, cast(date_trunc('month', visited_at at time zone 'Asia/Shanghai') as date), count(*),
           sum(people_count)
    from reception_visit
    group by 1, 2;
$$;

select refresh_month_tallies();
