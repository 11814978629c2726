package io.huike.roster.members;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.StaleVersion;
import io.huike.plumbing.outbox.Outbox;
import io.huike.plumbing.personaldata.PersonalDataReads;
import io.huike.roster.communities.CommunityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Registers and changes a community's members and records their leave; registering or changing a member publishes
 * {@code member.registered} or {@code member.updated}. A phone number shown whole is an audited read.
 */
@ApplicationScoped
public class MemberService {

    /** A member as shown to the caller: the phone whole (and the read audited) or to be masked. */
    public record Shown(Member member, boolean phoneWhole) {}

    private final MemberRepository members;
    private final LeaveRepository leave;
    private final CommunityService communities;
    private final PersonalDataReads reads;
    private final Outbox outbox;

    MemberService(
            MemberRepository members,
            LeaveRepository leave,
            CommunityService communities,
            PersonalDataReads reads,
            Outbox outbox) {
        this.members = members;
        this.leave = leave;
        this.communities = communities;
        this.reads = reads;
        this.outbox = outbox;
    }

    @Transactional
    public Member register(String community, Collection<String> scope, MemberDetails details) {
        communities.get(community, scope);
        Member member = Member.register(UUID.randomUUID(), community, details, now());
        members.persist(member);
        outbox.append(member.id().toString(), community, member.sequence(), member.registeredEvent());
        return member;
    }

    @Transactional
    public Member update(
            String community, UUID id, Collection<String> scope, long expectedVersion, MemberDetails details) {
        Member member = get(community, id, scope);
        StaleVersion.check(expectedVersion, member.version());
        MemberUpdated updated = member.update(details);
        outbox.append(member.id().toString(), community, member.sequence(), updated);
        // Flushed here so that the caller reads the new version for the ETag.
        members.flush();
        return member;
    }

    @Transactional
    public Leave recordLeave(
            String community,
            UUID memberId,
            Collection<String> scope,
            LocalDate firstDay,
            LocalDate lastDay,
            String reason) {
        Member member = get(community, memberId, scope);
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInput(List.of(new FieldViolation("lastDay", "must not be before firstDay")));
        }
        Leave recorded = Leave.record(member, firstDay, lastDay, reason, now());
        leave.persist(recorded);
        return recorded;
    }

    /** A member of the community in the caller's scope, or 404. */
    @Transactional
    public Member get(String community, UUID id, Collection<String> scope) {
        return members.findInScope(id, community, scope)
                .orElseThrow(() -> new NotFound("No member " + id + " in community " + community));
    }

    /**
     * A member of the community in the caller's scope, or 404; community admins and case handlers see the phone
     * whole, and each such read is written to the audit log.
     */
    @Transactional
    public Shown show(String community, UUID id, Collection<String> scope) {
        Member member = get(community, id, scope);
        if (!reads.callerSeesUnmasked()) {
            return new Shown(member, false);
        }
        reads.recordRead(community, "member", id.toString(), List.of("phone"));
        return new Shown(member, true);
    }

    @Transactional
    public List<Member> list(String community, Collection<String> scope) {
        return members.listInScope(community, scope);
    }

    /** The community's members' names by id, for answers that name who is on duty. */
    @Transactional
    public Map<UUID, String> names(String community, Collection<String> scope) {
        return members.listInScope(community, scope).stream().collect(Collectors.toMap(Member::id, Member::name));
    }

    /** A member's leave, or 404 when the member is not of the community in the caller's scope. */
    @Transactional
    public List<Leave> leaveOf(String community, UUID memberId, Collection<String> scope) {
        get(community, memberId, scope);
        return leave.of(memberId);
    }

    /** One leave of a member, or 404 when either is not of the community in the caller's scope. */
    @Transactional
    public Leave leaveOf(String community, UUID memberId, UUID leaveId, Collection<String> scope) {
        get(community, memberId, scope);
        return leave.ofMember(memberId, leaveId)
                .orElseThrow(() -> new NotFound("No leave " + leaveId + " of member " + memberId));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
