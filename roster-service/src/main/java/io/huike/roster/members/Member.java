package io.huike.roster.members;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A party member or cadre (党员/干部) who can take duty, handle cases or be paired with a household. */
@Entity
public class Member {

    @Id
    private UUID id;

    @Column(name = "community_id")
    private String communityId;

    private String name;
    private String phone;

    @Enumerated(EnumType.STRING)
    private MemberKind kind;

    @Column(name = "party_member")
    private boolean partyMember;

    private String unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_skill", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "skill")
    @Enumerated(EnumType.STRING)
    private Set<Skill> skills = EnumSet.noneOf(Skill.class);

    private String duties;
    private boolean active;

    @Column(name = "calendar_feed_hash")
    private String calendarFeedHash;

    @Column(name = "registered_at")
    private Instant registeredAt;

    private long sequence;

    @Version
    private long version;

    protected Member() {}

    public static Member register(UUID id, String communityId, MemberDetails details, Instant now) {
        Member member = new Member();
        member.id = id;
        member.communityId = communityId;
        member.registeredAt = now;
        member.sequence = 1;
        member.apply(details);
        return member;
    }

    /** Replaces the member's details and returns the event that tells the others. */
    public MemberUpdated update(MemberDetails details) {
        apply(details);
        sequence++;
        return new MemberUpdated(id, name, kind, sortedSkills(), active);
    }

    public MemberRegistered registeredEvent() {
        return new MemberRegistered(id, name, kind, sortedSkills(), active);
    }

    private void apply(MemberDetails details) {
        name = details.name();
        phone = details.phone();
        kind = details.kind();
        partyMember = details.partyMember();
        unit = details.unit();
        skills.clear();
        skills.addAll(details.skills());
        duties = details.duties();
        active = details.active();
    }

    /** Replaces the secret of the member's calendar feed; the old feed URL stops working. */
    public void useCalendarFeed(String secretHash) {
        calendarFeedHash = secretHash;
    }

    /** Skills in a stable order, so that events and views do not reshuffle them. */
    public List<Skill> sortedSkills() {
        return skills.stream().sorted().toList();
    }

    public boolean hasAnyOf(Set<Skill> wanted) {
        return skills.stream().anyMatch(wanted::contains);
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public MemberKind kind() {
        return kind;
    }

    public boolean partyMember() {
        return partyMember;
    }

    public String unit() {
        return unit;
    }

    public String duties() {
        return duties;
    }

    public boolean active() {
        return active;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }
}
