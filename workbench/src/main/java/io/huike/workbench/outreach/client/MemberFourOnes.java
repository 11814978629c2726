package io.huike.workbench.outreach.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A member's four ones in a year, per pairing that ran in it. */
public record MemberFourOnes(String memberId, String memberName, int year, List<PairingFourOnes> pairings) {

    public List<PairingFourOnes> pairings() {
        return pairings == null ? List.of() : pairings;
    }

    /** One pairing's four ones in the year: the day each was first done, and what it still owes. */
    public record PairingFourOnes(
            String pairingId,
            String memberId,
            String householdId,
            String householdName,
            int year,
            Map<ActivityKind, LocalDate> done,
            Set<ActivityKind> owing,
            boolean complete) {

        public Map<ActivityKind, LocalDate> done() {
            return done == null ? Map.of() : done;
        }

        public Set<ActivityKind> owing() {
            return owing == null ? Set.of() : owing;
        }
    }
}
