package io.huike.workbench.admin.client;

import java.time.Instant;
import java.util.List;

/**
 * A member as roster-service shows them to a community admin: in the list the phone is masked; read one by one it is
 * whole (and the read is audited). {@code kind} and {@code skills} are roster-service's names ({@code COMMUNITY_STAFF},
 * {@code MEDIATION}).
 */
public record MemberRecord(
        String id,
        String name,
        String phone,
        boolean phoneMasked,
        String kind,
        boolean partyMember,
        String unit,
        List<String> skills,
        String duties,
        boolean active,
        Instant registeredAt) {

    public List<String> skills() {
        return skills == null ? List.of() : skills;
    }
}
