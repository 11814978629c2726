package io.huike.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Bulk-loads a district straight into reporting's read model tables with {@code INSERT … SELECT} over
 * {@code generate_series}, bypassing the events: the communities, their cases spread over the last 12 months with
 * the channels, categories, statuses, outcomes and deadlines of a working district, the flows (escalations,
 * referrals, reopenings, overdue notices), reception visits, duty shifts, pairings and campaign contacts. Removes
 * it again afterwards. Its communities are the benchmark's own, so nothing of the platform's data is touched.
 */
final class DistrictData implements AutoCloseable {

    static final String METHOD = "INSERT ... SELECT over generate_series straight into reporting's read model "
            + "tables (case_fact, case_event flows, reception_visit, duty_shift, pairing, outreach_activity, "
            + "campaign_contact, community), then the month tallies computed again from those rows and ANALYZE; removed "
            + "afterwards";

    private static final String COMMUNITIES = """
            insert into community (community_id, name, subdistrict, district)
            select c, '基准社区 ' || right(c, 3), '基准街道 ' || (n % 10 + 1), '基准区'
            from unnest(?::text[]) with ordinality as u(c, n)
            on conflict (community_id) do nothing""";

    /**
     * Cases older than 20 days are closed but for one in fifty still waiting (an outside body, a resident not yet told);
     * the last weeks' spread over every status; about one in eight contacts late.
     */
    private static final String CASES = """
            insert into case_fact (case_id, community_id, tracking_number, channel, category, urgency, title, grid_id,
                status, assignee_id, registered_at, cycle_started_at, first_contact_due_at, feedback_due_at,
                first_contact_at, feedback_at, satisfaction, outcome, resolved_at, closed_at, reopen_count,
                first_contact_overdue, feedback_overdue, working_days_to_first_contact, working_days_to_feedback,
                last_sequence)
            select gen_random_uuid(), community, 'BD-' || lpad(g::text, 8, '0'),
                (array['RECEPTION_ROOM','HOME_VISIT','APPOINTMENT','PHONE','HOTLINE_12345','ONLINE','GRID_PATROL'])
                    [1 + floor(r_channel * 7)::int],
                (array['POLICY_CONSULTATION','HARDSHIP_RELIEF','DISPUTE_MEDIATION','VOLUNTEER_SERVICE',
                       'WATER_DRAINAGE','POWER_LINES','GAS','SANITATION','RENOVATION','HEALTH','OTHER'])
                    [1 + floor(r_category * 11)::int],
                case when g % 20 = 0 then 'URGENT' else 'NORMAL' end, '基准案件 ' || g, 'grid-' || (g % 12 + 1),
                status, case when status <> 'REGISTERED' then community || '-m' || (g % 8 + 1) end,
                registered_at, registered_at, registered_at + interval '1 day', registered_at + interval '15 days',
                contacted_at, told_at,
                case when told_at is null then null when r_outcome < 0.7 then 'SATISFIED'
                     when r_outcome < 0.92 then 'BASICALLY_SATISFIED' else 'UNSATISFIED' end,
                case when resolved_at is null then null when r_outcome < 0.75 then 'RESOLVED'
                     when r_outcome < 0.87 then 'PARTLY_RESOLVED' when r_outcome < 0.93 then 'NOT_RESOLVABLE'
                     when r_outcome < 0.98 then 'REFERRED_ELSEWHERE' else 'DUPLICATE' end,
                resolved_at, case when status = 'CLOSED' then told_at end, 0,
                coalesce(contacted_at, now()) > registered_at + interval '1 day',
                status not in ('FEEDBACK_GIVEN', 'CLOSED') and registered_at + interval '15 days' < now(),
                floor(extract(epoch from contacted_at - registered_at) / 86400),
                floor(extract(epoch from told_at - registered_at) / 86400 * 5 / 7),
                case when status = 'CLOSED' then 6 else 3 end
            from (
                select *,
                    case when status in ('REGISTERED', 'ASSIGNED') then null
                         else registered_at + r_contact ^ 3 * interval '36 hours' end as contacted_at,
                    case when status in ('FEEDBACK_GIVEN', 'CLOSED')
                         then least(now(), registered_at + interval '2 days' + r_told * interval '14 days') end as told_at,
                    case when status in ('RESOLVED', 'FEEDBACK_GIVEN', 'CLOSED')
                         then least(now(), registered_at + interval '2 days' + r_told * interval '12 days') end
                         as resolved_at
                from (
                    select *,
                        case when registered_at < now() - interval '20 days' then
                                 case when r_status < 0.98 then 'CLOSED' when r_status < 0.99 then 'FEEDBACK_GIVEN'
                                      when r_status < 0.995 then 'RESOLVED' when r_status < 0.998 then 'IN_PROGRESS'
                                      else 'REFERRED' end
                             else (array['REGISTERED','ASSIGNED','IN_PROGRESS','IN_PROGRESS','REFERRED','RESOLVED',
                                         'FEEDBACK_GIVEN','CLOSED'])[1 + floor(r_status * 8)::int] end as status
                    from (
                        select g, (?::text[])[1 + g % ?] as community,
                            now() - random() * interval '365 days' as registered_at, random() as r_status,
                            random() as r_channel, random() as r_category, random() as r_contact,
                            random() as r_told, random() as r_outcome
                        from generate_series(1, ?) as g) as drawn) as with_status) as with_times""";

    private static final String FLOWS = """
            insert into case_event (event_id, case_id, community_id, type, sequence, occurred_at, data)
            select gen_random_uuid(), case_id, community_id,
                (array['case.escalated.v1','case.referred.v1','case.referred.v1','case.referral-answered.v1',
                       'case.reopened.v1','case.overdue.v1'])[1 + floor(random() * 6)::int],
                3, least(now(), registered_at + random() * interval '10 days'), '{}'::jsonb
            from case_fact where community_id = any(?) and random() < 0.12""";

    private static final String VISITS = """
            insert into reception_visit (visit_id, community_id, visited_at, people_count, case_count)
            select gen_random_uuid(), c, day + interval '8 hours' + random() * interval '9 hours',
                1 + floor(random() * 3)::int, floor(random() * 3)::int
            from unnest(?::text[]) as c, generate_series(now() - interval '365 days', now(), interval '1 day') as day,
                generate_series(1, 2) as k
            where random() < 0.75""";

    private static final String SHIFTS = """
            insert into duty_shift (shift_id, community_id, shift_date, member_id, member_sequence, checked_in_at, late)
            select gen_random_uuid(), c, day::date, c || '-m' || (extract(doy from day)::int % 8 + 1), 1,
                case when day::date <= current_date and random() < 0.95 then day + interval '8 hours 55 minutes' end,
                random() < 0.05
            from unnest(?::text[]) as c,
                generate_series(now() - interval '365 days', now() + interval '30 days', interval '1 day') as day""";

    private static final String PAIRINGS = """
            insert into pairing (pairing_id, community_id, member_id, household_kind, start_date, end_date)
            select gen_random_uuid(), c, c || '-m' || (k % 8 + 1),
                (array['ELDERLY_ALONE','DISABLED','LOW_INCOME','LEFT_BEHIND_CHILD'])[1 + k % 4],
                (now() - random() * interval '700 days')::date, null
            from unnest(?::text[]) as c, generate_series(1, 20) as k""";

    private static final String ACTIVITIES = """
            insert into outreach_activity (activity_id, pairing_id, community_id, kind, done_on)
            select gen_random_uuid(), pairing_id, community_id,
                (array['HEART_TO_HEART_TALK','HOME_VISIT_WITH_SUPPORT','RECEPTION_INTERVIEW','STUDY_DELIVERY',
                       'PHONE_CALL'])[1 + floor(random() * 5)::int],
                (now() - random() * interval '330 days')::date
            from pairing, generate_series(1, 6) as k where community_id = any(?)""";

    private static final String CONTACTS = """
            insert into campaign_contact (event_id, campaign_id, target_id, community_id, outcome, contacted_at, sequence)
            select gen_random_uuid(), campaign, gen_random_uuid(), c,
                (array['DONE','REACHED','NOT_REACHED','REFUSED'])[1 + floor(random() * 4)::int],
                now() - random() * interval '30 days', 1
            from unnest(?::text[]) as c, (select gen_random_uuid() as campaign) as one, generate_series(1, 50) as k""";

    private static final List<String> TABLES = List.of(
            "case_month_tally",
            "case_flow_month_tally",
            "reception_visit_month_tally",
            "case_event",
            "case_fact",
            "reception_visit",
            "duty_shift",
            "outreach_activity",
            "pairing",
            "campaign_contact",
            "community");

    private final Connection db;
    private final List<String> communities;

    DistrictData(Settings settings) throws SQLException {
        this.db = DriverManager.getConnection(settings.jdbcUrl("huike_reporting"));
        this.communities = settings.districtCommunities();
    }

    /** Removes what an earlier, interrupted run may have left, then loads the district. */
    void load(int cases) throws SQLException {
        remove();
        update(COMMUNITIES);
        try (PreparedStatement insert = db.prepareStatement(CASES)) {
            insert.setArray(1, communityArray());
            insert.setInt(2, communities.size());
            insert.setInt(3, cases);
            insert.executeUpdate();
        }
        for (String sql : List.of(FLOWS, VISITS, SHIFTS, PAIRINGS, ACTIVITIES, CONTACTS)) {
            update(sql);
        }
        try (Statement statement = db.createStatement()) {
            // Rows loaded past the events have no month tallies yet: reporting computes them again from the rows.
            statement.execute("select refresh_month_tallies()");
            statement.execute("analyze " + String.join(", ", TABLES));
        }
    }

    void remove() throws SQLException {
        for (String table : TABLES) {
            update("delete from " + table + " where community_id = any(?)");
        }
    }

    private void update(String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setArray(1, communityArray());
            statement.executeUpdate();
        }
    }

    private Array communityArray() throws SQLException {
        return db.createArrayOf("text", communities.toArray());
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
