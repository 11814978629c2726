-- The 12345 hotline's work orders (接诉即办): when the current cycle's order was signed for and by when it had to be,
-- from case.hotline-order-acknowledged; an order returned to the hotline (case.returned-to-hotline) is closed with
-- the outcome RETURNED_TO_HOTLINE. Those events were not kept before: run POST /rebuilds once after upgrading.
alter table case_fact
    add column hotline_acknowledged_at    timestamptz,
    add column hotline_acknowledge_due_at timestamptz;

-- The closed work orders of a month, signed for in time or late (by the acknowledgement's dueAt), and those sent
-- back to be done again (重办). A closed order does not await signing, so that count has no column.
alter table case_month_tally
    add column hotline_orders         bigint not null default 0,
    add column hotline_signed_on_time bigint not null default 0,
    add column hotline_signed_late    bigint not null default 0,
    add column hotline_redone         bigint not null default 0;

-- As in V5, with two rules of CaseContribution added: a work order returned to the hotline was never this
-- community's, so it is neither due for first contact nor counted towards the resolution rate (like a DUPLICATE);
-- and the work orders' counts. FiguresTest and HotlineFiguresTest hold this to the tallies kept event by event.
create or replace function refresh_month_tallies() returns void
language sql as $$
    truncate case_month_tally, case_flow_month_tally, reception_visit_month_tally;

    with closed as (
        select f.community_id, cast(date_trunc('month', f.registered_at at time zone 'Asia/Shanghai') as date) as month,
               k.category, k.channel, f.outcome, f.satisfaction, f.first_contact_at, f.first_contact_due_at,
               f.working_days_to_first_contact, f.working_days_to_feedback,
               f.outcome is distinct from 'RETURNED_TO_HOTLINE' as to_contact,
               f.channel = 'HOTLINE_12345' as hotline_order,
               f.hotline_acknowledged_at, f.hotline_acknowledge_due_at, f.reopen_count
        from case_fact f
        cross join lateral (values (f.category, f.channel), (f.category, '*'), ('*', f.channel), ('*', '*'))
            as k (category, channel)
        where f.status = 'CLOSED'),
    outcomes as (
        select community_id, month, category, channel, jsonb_object_agg(outcome, cases) as outcomes
        from (select community_id, month, category, channel, outcome, count(*) as cases
              from closed where outcome is not null group by 1, 2, 3, 4, 5) by_outcome
        group by 1, 2, 3, 4)
    insert into case_month_tally (community_id, month, category, channel, closed, outcomes, first_contacts_due,
        first_contacts_on_time, resolutions_due, resolved, feedback_given, satisfied, days_to_first_contact,
        first_contacts_timed, days_to_feedback, feedbacks_timed, hotline_orders, hotline_signed_on_time,
        hotline_signed_late, hotline_redone)
    select c.community_id, c.month, c.category, c.channel, count(*), coalesce(o.outcomes, '{}'::jsonb),
           count(*) filter (where c.to_contact and c.first_contact_at is not null),
           count(*) filter (where c.to_contact and c.first_contact_at is not null
                            and (c.first_contact_due_at is null or c.first_contact_at <= c.first_contact_due_at)),
           count(*) filter (where c.outcome is not null and c.outcome not in ('DUPLICATE', 'RETURNED_TO_HOTLINE')),
           count(*) filter (where c.outcome = 'RESOLVED'),
           count(*) filter (where c.satisfaction is not null),
           count(*) filter (where c.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')),
           coalesce(sum(c.working_days_to_first_contact), 0), count(c.working_days_to_first_contact),
           coalesce(sum(c.working_days_to_feedback), 0), count(c.working_days_to_feedback),
           count(*) filter (where c.hotline_order),
           count(*) filter (where c.hotline_order and c.hotline_acknowledged_at is not null
                            and not coalesce(c.hotline_acknowledged_at > c.hotline_acknowledge_due_at, false)),
           count(*) filter (where c.hotline_order and c.hotline_acknowledged_at > c.hotline_acknowledge_due_at),
           count(*) filter (where c.hotline_order and c.reopen_count > 0)
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
