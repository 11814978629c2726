package io.huike.roster.members;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.StaleVersion;
import io.huike.plumbing.outbox.Outbox;
import io.huike.roster.communities.CommunityDirectory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A community's members and their leave. Every query takes the caller's communities, so another community's member
 * is never loaded; registering or changing a member publishes {@code member.registered} or {@code member.updated}.
 */
@ApplicationScoped
public class MemberDirectory implements PanacheRepositoryBase<Member, UUID> {

    private final CommunityDirectory communities;
    private final Outbox outbox;

    MemberDirectory(CommunityDirectory communities, Outbox outbox) {
        this.communities = communities;
        this.outbox = outbox;
    }

    @Transactional
    public Member register(String community, Collection<String> scope, MemberDetails details) {
        communities.findInScope(community, scope).orElseThrow(() -> new NotFound("No community '" + community + "'"));
        Member member = Member.register(UUID.randomUUID(), community, details, now());
        persist(member);
        outbox.append(member.id().toString(), community, member.sequence(), member.registeredEvent());
        return member;
    }

    @Transactional
    public Member update(
            String community, UUID id, Collection<String> scope, long expectedVersion, MemberDetails details) {
        Member member = require(community, id, scope);
        StaleVersion.check(expectedVersion, member.version());
        MemberUpdated updated = member.update(details);
        outbox.append(member.id().toString(), community, member.sequence(), updated);
        flush();
        return member;
    }

    /** A member of the community in the caller's scope, or 404. */
    public Member require(String community, UUID id, Collection<String> scope) {
        return findInScope(community, id, scope)
                .orElseThrow(() -> new NotFound("No member " + id + " in community " + community));
    }

    public Optional<Member> findInScope(String community, UUID id, Collection<String> scope) {
        if (!scope.contains(community)) {
            return Optional.empty();
        }
        return find("id = ?1 and communityId = ?2", id, community).firstResultOptional();
    }

    public List<Member> listInScope(String community, Collection<String> scope) {
        if (!scope.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 order by name, id", community);
    }

    @Transactional
    public Leave recordLeave(
            String community,
            UUID memberId,
            Collection<String> scope,
            LocalDate firstDay,
            LocalDate lastDay,
            String reason) {
        Member member = require(community, memberId, scope);
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInput(List.of(new FieldViolation("lastDay", "must not be before firstDay")));
        }
        Leave leave = Leave.record(member, firstDay, lastDay, reason, now());
        getEntityManager().persist(leave);
        return leave;
    }

    /** The community's leave that touches the given days. */
    public List<Leave> leaveBetween(String community, Collection<String> scope, LocalDate first, LocalDate last) {
        if (!scope.contains(community)) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("""
                        from Leave where communityId = ?1 and firstDay <= ?3 and lastDay >= ?2 order by firstDay""", Leave.class)
                .setParameter(1, community)
                .setParameter(2, first)
                .setParameter(3, last)
                .getResultList();
    }

    public List<Leave> leaveOf(String community, UUID memberId, Collection<String> scope) {
        require(community, memberId, scope);
        return getEntityManager()
                .createQuery("from Leave where memberId = ?1 order by firstDay", Leave.class)
                .setParameter(1, memberId)
                .getResultList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
