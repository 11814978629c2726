package io.huike.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * What the district leaves in the services' databases, and its removal: reporting's read model rows of the
 * benchmark's own communities, and the inbox rows its events left in reporting and in outreach-service, which reads
 * case events too (the district's case ids share a prefix, and so do its visits; the communities are their own
 * subjects). Removing the inbox rows matters as much as the figures: a consumer drops an event whose sequence is not
 * above the last one applied to its aggregate, so a later run's district would otherwise be ignored.
 */
final class DistrictData implements AutoCloseable {

    static final String REMOVAL = "after the run, reporting's read model rows of the bench-d… communities and the"
            + " inbox rows of the district's events in reporting and outreach-service are deleted; case-service and"
            + " outreach-service keep knowing the bench-d… communities, as they keep the intake's; the events stay on"
            + " the topics until Kafka's retention (7 days by default) drops them, so a rebuild before then brings the"
            + " bench communities back (their own rows, seen only by the benchmark's district supervisor) and takes"
            + " longer by as many events";

    private static final List<String> READ_MODEL_TABLES = List.of(
            "case_month_tally",
            "case_deadline_tally",
            "case_flow_month_tally",
            "duty_shift_month_tally",
            "reception_visit_month_tally",
            "case_event",
            "case_fact",
            "reception_visit",
            "duty_shift",
            "outreach_activity",
            "pairing",
            "campaign_contact",
            "community");
    private static final List<String> INBOX_TABLES = List.of("inbox_event", "inbox_aggregate");

    private final Connection reporting;
    private final Connection outreach;
    private final List<String> communities;

    DistrictData(Settings settings) throws SQLException {
        this.reporting = DriverManager.getConnection(settings.jdbcUrl("huike_reporting"));
        this.outreach = DriverManager.getConnection(settings.jdbcUrl("huike_outreach"));
        this.communities = settings.districtCommunities();
    }

    void remove() throws SQLException {
        Array ids = reporting.createArrayOf("text", communities.toArray());
        for (String table : READ_MODEL_TABLES) {
            try (PreparedStatement delete =
                    reporting.prepareStatement("delete from " + table + " where community_id = any(?)")) {
                delete.setArray(1, ids);
                delete.executeUpdate();
            }
        }
        removeInbox(reporting);
        removeInbox(outreach);
    }

    private void removeInbox(Connection db) throws SQLException {
        Array ids = db.createArrayOf("text", communities.toArray());
        for (String table : INBOX_TABLES) {
            try (PreparedStatement delete = db.prepareStatement(
                    "delete from " + table + " where subject like ? or subject like ? or subject = any(?)")) {
                delete.setString(1, DistrictEvents.CASE_ID_PREFIX + "%");
                delete.setString(2, DistrictEvents.VISIT_ID_PREFIX + "%");
                delete.setArray(3, ids);
                delete.executeUpdate();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (reporting;
                outreach) {
            // Both closed, the second even if the first fails.
        }
    }
}
