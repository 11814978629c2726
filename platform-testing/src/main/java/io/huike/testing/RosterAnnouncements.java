package io.huike.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Announces communities, members, grids and rooms the way the roster service does, on {@code roster-events}, and
 * waits until the service under test has them in its copy of the roster: requests that name anything else are
 * refused. Each service says how to find a row in its copy.
 */
public final class RosterAnnouncements {

    /**
     * The queries that find an announced record in the service's copy; each takes the record's id, then (but for the
     * community's) its community. {@code room} is {@code null} where the service keeps no rooms.
     */
    public record CopyQueries(String community, String member, String grid, String room) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaCompanion kafka;

    private final CopyQueries copy;
    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    public RosterAnnouncements(CopyQueries copy) {
        this.copy = copy;
    }

    /** The community registered with the roster: Gulou as the catalogue example has it, the others named by their id. */
    public void community(String community) {
        if (!announced.add("community:" + community)) {
            return;
        }
        String code = "gulou".equals(community) ? "GL" : community.toUpperCase(Locale.ROOT);
        publish(
                community,
                community,
                "community.registered.v1",
                Map.of(
                        "communityId",
                        community,
                        "name",
                        "gulou".equals(community) ? "鼓楼社区" : community,
                        "code",
                        code,
                        "subdistrict",
                        "老城街道",
                        "district",
                        "汉滨区"));
        awaitRow(copy.community(), community, null);
    }

    /** An active member of the community with these skills; a member id belongs to one community only. */
    public void member(String community, String memberId, String... skills) {
        community(community);
        if (!announced.add("member:" + community + "/" + memberId)) {
            return;
        }
        publish(
                community,
                memberId,
                "member.registered.v1",
                Map.of(
                        "memberId",
                        memberId,
                        "name",
                        "王建国",
                        "kind",
                        "COMMUNITY_STAFF",
                        "skills",
                        List.of(skills),
                        "active",
                        true));
        awaitRow(copy.member(), memberId, community);
    }

    public void grid(String community, String gridId) {
        community(community);
        if (!announced.add("grid:" + community + "/" + gridId)) {
            return;
        }
        publish(
                community,
                community + "/" + gridId,
                "grid.drawn.v1",
                Map.of("communityId", community, "gridId", gridId, "name", gridId));
        awaitRow(copy.grid(), gridId, community);
    }

    public void room(String community, String roomId) {
        if (copy.room() == null) {
            throw new IllegalStateException("This service keeps no copy of the roster's rooms");
        }
        community(community);
        if (!announced.add("room:" + community + "/" + roomId)) {
            return;
        }
        publish(community, roomId, "reception-room.opened.v1", Map.of("roomId", roomId, "name", "党员会客室"));
        awaitRow(copy.room(), roomId, community);
    }

    private void publish(String community, String subject, String type, Map<String, Object> data) {
        TopicRecords.publish(
                kafka(),
                "roster-events",
                subject,
                TestEnvelopes.envelope("roster-service", community, subject, type, data));
    }

    private static synchronized KafkaCompanion kafka() {
        if (kafka == null) {
            kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        return kafka;
    }

    private static void awaitRow(String sql, String first, String second) {
        AgroalDataSource dataSource =
                Arc.container().instance(AgroalDataSource.class).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, first);
                if (second != null) {
                    statement.setString(2, second);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }
}
