package io.huike.outreach.fourones.api;

import io.huike.outreach.fourones.FourOnesSummary;
import io.huike.outreach.fourones.PairingFourOnes;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's four ones in a year: the totals and each of the member's pairings. */
@Schema(example = """
        {"memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","memberName":"王建国","year":2026,"summary":{"pairings":1,
         "complete":0,"doneByKind":{"HEART_TO_HEART_TALK":1,"HOME_VISIT_WITH_SUPPORT":1,"RECEPTION_INTERVIEW":0,
         "STUDY_DELIVERY":0},"onesDone":2,"onesOwed":2,"percentDone":50},
         "pairings":[{"pairingId":"9e8d7c6b-5a49-4382-b716-0f1e2d3c4b5a",
         "memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","memberName":"王建国",
         "householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","householdName":"马大爷","year":2026,
         "done":{"HOME_VISIT_WITH_SUPPORT":"2026-02-10","HEART_TO_HEART_TALK":"2026-03-15"},
         "owing":["RECEPTION_INTERVIEW","STUDY_DELIVERY"],"complete":false}]}""")
public record MemberProgressView(
        String memberId, String memberName, int year, FourOnesSummary summary, List<PairingProgressView> pairings) {

    static MemberProgressView of(String memberId, int year, List<PairingFourOnes> pairings) {
        String name = pairings.stream()
                .map(PairingFourOnes::memberName)
                .filter(n -> n != null)
                .findFirst()
                .orElse(null);
        return new MemberProgressView(
                memberId,
                name,
                year,
                FourOnesSummary.of(pairings.stream().map(PairingFourOnes::year).toList()),
                pairings.stream().map(PairingProgressView::of).toList());
    }
}
