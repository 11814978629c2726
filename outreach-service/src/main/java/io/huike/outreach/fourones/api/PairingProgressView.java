package io.huike.outreach.fourones.api;

import io.huike.outreach.fourones.PairingFourOnes;
import io.huike.outreach.pairings.ActivityKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One pairing's four ones in a year: the day each was first done, and what it still owes. */
@Schema(example = """
        {"pairingId":"9e8d7c6b-5a49-4382-b716-0f1e2d3c4b5a","memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
         "memberName":"王建国","householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","householdName":"马大爷","year":2026,
         "done":{"HOME_VISIT_WITH_SUPPORT":"2026-02-10","HEART_TO_HEART_TALK":"2026-03-15"},
         "owing":["RECEPTION_INTERVIEW","STUDY_DELIVERY"],"complete":false}""")
public record PairingProgressView(
        UUID pairingId,
        String memberId,
        String memberName,
        UUID householdId,
        String householdName,
        int year,
        Map<ActivityKind, LocalDate> done,
        Set<ActivityKind> owing,
        boolean complete) {

    static PairingProgressView of(PairingFourOnes p) {
        return new PairingProgressView(
                p.pairingId(),
                p.memberId(),
                p.memberName(),
                p.householdId(),
                p.householdName(),
                p.year().year(),
                p.year().done(),
                p.year().owing(),
                p.year().complete());
    }
}
