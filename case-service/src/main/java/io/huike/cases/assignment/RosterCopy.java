package io.huike.cases.assignment;

import io.huike.cases.Category;
import io.huike.cases.referencedata.CommunityReferenceData;
import io.huike.cases.referencedata.CommunityReferences;
import io.huike.kernel.roster.KnownRoster;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The roster service's facts this service needs, kept from its events: communities and their codes, grids, reception
 * rooms, members and their skills, duty shifts and local closures. Lets cases be numbered, assigned and given
 * deadlines while that service is down, and requests be checked to name only their own community's records. What
 * registration reads of it is served from memory ({@link CommunityReferenceData}); every change here drops that copy.
 */
@ApplicationScoped
public class RosterCopy implements KnownRoster {

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final CommunityReferenceData referenceData;

    RosterCopy(EntityManager entityManager, EventCodec codec, CommunityReferenceData referenceData) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.referenceData = referenceData;
    }

    /** The fields this service reads of {@code community.registered.v1} and {@code community.updated.v1}. */
    record CommunityRegisteredV1(String communityId, String code) {}

    /** The fields this service reads of {@code member.registered.v1} and {@code member.updated.v1}. */
    record MemberV1(String memberId, String name, List<String> skills, boolean active) {}

    /** The fields this service reads of {@code duty-shift.scheduled.v1} and {@code duty-shift.swapped.v1}. */
    record DutyShiftScheduledV1(
            String shiftId,
            String roomId,
            String memberId,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String zone) {}

    /** The fields this service reads of {@code grid.drawn.v1}. */
    record GridDrawnV1(String gridId) {}

    /** The fields this service reads of {@code reception-room.opened.v1}. */
    record ReceptionRoomOpenedV1(String roomId) {}

    /** The fields this service reads of {@code calendar.closure-added.v1}. */
    record ClosureAddedV1(LocalDate date, String reason) {}

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        switch (event.type()) {
            case "community.registered.v1", "community.updated.v1" -> {
                CommunityRegisteredV1 data = codec.data(event, CommunityRegisteredV1.class);
                referenceData.changing(data.communityId());
                community(event, data);
            }
            case "member.registered.v1", "member.updated.v1" -> {
                referenceData.changing(event.community());
                member(event, codec.data(event, MemberV1.class));
            }
            // A swap names the shift again with the member now on duty, so it is applied like a scheduling.
            case "duty-shift.scheduled.v1", "duty-shift.swapped.v1" -> {
                referenceData.changing(event.community());
                shift(event, codec.data(event, DutyShiftScheduledV1.class));
            }
            case "calendar.closure-added.v1" -> {
                referenceData.changing(event.community());
                closure(event, codec.data(event, ClosureAddedV1.class));
            }
            case "grid.drawn.v1" -> {
                referenceData.changing(event.community());
                grid(event, codec.data(event, GridDrawnV1.class));
            }
            case "reception-room.opened.v1" -> {
                referenceData.changing(event.community());
                room(event, codec.data(event, ReceptionRoomOpenedV1.class));
            }
            default -> {
                // Other roster events carry nothing this service keeps.
            }
        }
    }

    private void community(EventEnvelope event, CommunityRegisteredV1 data) {
        entityManager
                .createNativeQuery("""
                insert into known_community (id, code, last_sequence) values (?1, ?2, ?3)
                on conflict (id) do update set code = excluded.code, last_sequence = excluded.last_sequence
                where known_community.last_sequence < excluded.last_sequence""")
                .setParameter(1, data.communityId())
                .setParameter(2, data.code())
                .setParameter(3, event.sequence())
                .executeUpdate();
    }

    private void member(EventEnvelope event, MemberV1 data) {
        entityManager
                .createNativeQuery("""
                insert into roster_member (member_id, community_id, name, skills, active, last_sequence)
                values (?1, ?2, ?3, cast(?4 as text[]), ?5, ?6)
                on conflict (member_id) do update set name = excluded.name, skills = excluded.skills,
                    active = excluded.active, last_sequence = excluded.last_sequence
                where roster_member.last_sequence < excluded.last_sequence""")
                .setParameter(1, data.memberId())
                .setParameter(2, event.community())
                .setParameter(3, data.name())
                .setParameter(
                        4,
                        data.skills() == null
                                ? "{}"
                                : data.skills().stream()
                                        .filter(s -> s.matches("[A-Z_]+"))
                                        .collect(Collectors.joining(",", "{", "}")))
                .setParameter(5, data.active())
                .setParameter(6, event.sequence())
                .executeUpdate();
    }

    private void shift(EventEnvelope event, DutyShiftScheduledV1 data) {
        ZoneId zone = ZoneId.of(data.zone());
        entityManager
                .createNativeQuery("""
                insert into duty_shift (shift_id, community_id, room_id, member_id, starts_at, ends_at, last_sequence)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (shift_id) do update set room_id = excluded.room_id, member_id = excluded.member_id,
                    starts_at = excluded.starts_at, ends_at = excluded.ends_at, last_sequence = excluded.last_sequence
                where duty_shift.last_sequence < excluded.last_sequence""")
                .setParameter(1, data.shiftId())
                .setParameter(2, event.community())
                .setParameter(3, data.roomId())
                .setParameter(4, data.memberId())
                .setParameter(
                        5, data.date().atTime(data.startTime()).atZone(zone).toInstant())
                .setParameter(6, data.date().atTime(data.endTime()).atZone(zone).toInstant())
                .setParameter(7, event.sequence())
                .executeUpdate();
    }

    private void closure(EventEnvelope event, ClosureAddedV1 data) {
        entityManager
                .createNativeQuery("""
                insert into community_closure (community_id, closed_on, reason) values (?1, ?2, ?3)
                on conflict (community_id, closed_on) do nothing""")
                .setParameter(1, event.community())
                .setParameter(2, data.date())
                .setParameter(3, data.reason())
                .executeUpdate();
    }

    private void grid(EventEnvelope event, GridDrawnV1 data) {
        entityManager
                .createNativeQuery("""
                insert into known_grid (community_id, grid_id) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, event.community())
                .setParameter(2, data.gridId())
                .executeUpdate();
    }

    private void room(EventEnvelope event, ReceptionRoomOpenedV1 data) {
        entityManager
                .createNativeQuery("""
                insert into known_room (room_id, community_id) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, data.roomId())
                .setParameter(2, event.community())
                .executeUpdate();
    }

    /** Whether the roster has announced this community. */
    @Override
    public boolean knowsCommunity(String community) {
        return referenceData.of(community, Instant.now()).isPresent();
    }

    /** Whether the roster has announced this member as one of the community's. */
    @Override
    public boolean knowsMember(String community, String memberId) {
        return entityManager
                .createNativeQuery("select 1 from roster_member where member_id = ?1 and community_id = ?2")
                .setParameter(1, memberId)
                .setParameter(2, community)
                .getResultStream()
                .findFirst()
                .isPresent();
    }

    /** Whether the roster has announced this grid in the community. */
    @Override
    public boolean knowsGrid(String community, String gridId) {
        return referenceData
                .of(community, Instant.now())
                .filter(references -> references.grids().contains(gridId))
                .isPresent();
    }

    /** Whether the roster has announced this reception room as one of the community's. */
    @Override
    public boolean knowsRoom(String community, String roomId) {
        return referenceData
                .of(community, Instant.now())
                .filter(references -> references.rooms().contains(roomId))
                .isPresent();
    }

    /** The code that prefixes a community's tracking numbers, once the roster has announced the community. */
    public Optional<String> codeOf(String community) {
        return referenceData.of(community, Instant.now()).map(CommunityReferences::code);
    }

    /**
     * Who on duty at {@code at} (at one room, when given) takes a new case of this category ({@link SkillMatch}).
     * Who is on duty comes from memory; only when several fit are their open cases counted, in the database, since
     * they change with every case.
     */
    public Optional<String> memberFor(Category category, String community, String roomId, Instant at) {
        List<CommunityReferences.Shift> fitting = referenceData
                .of(community, at)
                .map(references -> references.onDuty(roomId, at).stream()
                        .filter(shift -> SkillMatch.fits(category, shift.skills()))
                        .toList())
                .orElse(List.of());
        List<String> members = fitting.stream()
                .map(CommunityReferences.Shift::memberId)
                .distinct()
                .toList();
        if (members.size() < 2) {
            return members.stream().findFirst();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select assignee_id, count(*) from cases
                where community_id = ?1 and assignee_id = any(cast(?2 as text[])) and closed_at is null
                group by assignee_id""")
                .setParameter(1, community)
                .setParameter(2, members.toArray(String[]::new))
                .getResultList();
        Map<String, Long> openCases = new HashMap<>();
        rows.forEach(r -> openCases.put((String) r[0], ((Number) r[1]).longValue()));
        return SkillMatch.choose(
                category,
                fitting.stream()
                        .map(shift -> new SkillMatch.OnDuty(
                                shift.memberId(), shift.skills(), openCases.getOrDefault(shift.memberId(), 0L)))
                        .toList());
    }

    /** The checks of the references a request names, against this copy. */
    @Produces
    @Singleton
    RosterReferences references() {
        return new RosterReferences(this);
    }
}
