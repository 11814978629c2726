package io.huike.outreach.fourones.api;

import io.huike.outreach.fourones.FourOnesSummary;
import io.huike.outreach.fourones.PairingFourOnes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A community's four ones in a year: the totals, and each member's totals. */
@Schema(example = """
        {"communityId":"gulou","year":2026,"summary":{"pairings":8,"complete":3,
         "doneByKind":{"HEART_TO_HEART_TALK":6,"HOME_VISIT_WITH_SUPPORT":8,"RECEPTION_INTERVIEW":4,
         "STUDY_DELIVERY":5},"onesDone":23,"onesOwed":9,"percentDone":71},
         "members":[{"memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","memberName":"王建国","summary":{"pairings":1,
         "complete":0,"doneByKind":{"HEART_TO_HEART_TALK":1,"HOME_VISIT_WITH_SUPPORT":1,"RECEPTION_INTERVIEW":0,
         "STUDY_DELIVERY":0},"onesDone":2,"onesOwed":2,"percentDone":50}}]}""")
public record CommunityProgressView(
        String communityId, int year, FourOnesSummary summary, List<MemberSummaryView> members) {

    /** One member's totals within the community's progress. */
    public record MemberSummaryView(String memberId, String memberName, FourOnesSummary summary) {}

    static CommunityProgressView of(String community, int year, List<PairingFourOnes> pairings) {
        Map<String, List<PairingFourOnes>> byMember = pairings.stream()
                .collect(Collectors.groupingBy(PairingFourOnes::memberId, TreeMap::new, Collectors.toList()));
        List<MemberSummaryView> members = byMember.entrySet().stream()
                .map(e -> {
                    MemberProgressView member = MemberProgressView.of(e.getKey(), year, e.getValue());
                    return new MemberSummaryView(member.memberId(), member.memberName(), member.summary());
                })
                .toList();
        return new CommunityProgressView(
                community,
                year,
                FourOnesSummary.of(pairings.stream().map(PairingFourOnes::year).toList()),
                members);
    }
}
