package io.huike.outreach.pairings;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads pairings only within the communities the caller may touch; there is no unscoped finder. */
@ApplicationScoped
public class PairingRepository implements CommunityScopedRepository<Pairing> {

    /** Locked, because each event takes the next sequence number of the pairing. */
    public Optional<Pairing> findInScopeForUpdate(UUID id, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return Optional.empty();
        }
        return find("id = ?1 and communityId = ?2", id, community)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Whether the member's pairing with the household runs on or after {@code day}, ended or not. */
    public boolean runsOnOrAfter(String memberId, UUID householdId, LocalDate day) {
        return count(
                        "memberId = ?1 and householdId = ?2 and (endDate is null or endDate >= ?3)",
                        memberId,
                        householdId,
                        day)
                > 0;
    }

    /** One page of a community's pairings, optionally of one member or household, optionally only active ones. */
    public List<Pairing> listInScope(
            String community,
            Collection<String> communities,
            String memberId,
            UUID householdId,
            boolean activeOnly,
            int page,
            int size) {
        if (!communities.contains(community)) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("communityId = :community");
        var params = new HashMap<String, Object>();
        params.put("community", community);
        if (memberId != null) {
            query.append(" and memberId = :member");
            params.put("member", memberId);
        }
        if (householdId != null) {
            query.append(" and householdId = :household");
            params.put("household", householdId);
        }
        if (activeOnly) {
            query.append(" and endDate is null");
        }
        return find(query.toString(), Sort.ascending("startDate", "id"), params)
                .page(Page.of(page, size))
                .list();
    }

    /** The pairings that run on at least one day between {@code from} and {@code to}. */
    public List<Pairing> runningBetween(
            String community, Collection<String> communities, LocalDate from, LocalDate to) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list(
                "communityId = ?1 and startDate <= ?3 and (endDate is null or endDate >= ?2)",
                Sort.ascending("startDate", "id"),
                community,
                from,
                to);
    }
}
