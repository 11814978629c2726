package io.huike.workbench.outreach;

import io.huike.workbench.outreach.client.CampaignRecord;
import io.quarkus.qute.TemplateData;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A notification campaign's call list as the phone shows it: those nobody has contacted yet first, then those to
 * try again (reached but not done, not reached), then those settled (done, refused); within each, the campaign's
 * own order. After a contact was saved or refused, the row it was for says so.
 *
 * @param recorded the target whose contact was just saved; null otherwise
 * @param failed the target whose contact was just refused; null otherwise
 * @param problem the refusal, in the user's language; empty if none
 * @param enteredNote the note sent with the refused contact, to show it again
 */
@TemplateData
public record CallList(
        CampaignRecord campaign,
        List<Row> rows,
        boolean canRecord,
        String recorded,
        String failed,
        String problem,
        String enteredNote) {

    /** Someone on the list, where they stand, and whether they still need a call. */
    public record Row(CampaignRecord.Target target, Standing standing) {

        /** Whether nobody needs to call them again. */
        public boolean settled() {
            return standing == Standing.SETTLED;
        }
    }

    /** Where someone on the list stands, in the order the list shows them. */
    public enum Standing {
        /** Nobody has contacted them yet. */
        NOT_CONTACTED,
        /** Contacted, but to be contacted again (reached but not done, or not reached). */
        TRY_AGAIN,
        /** Done or refused: nobody needs to call again. */
        SETTLED
    }

    public static CallList of(
            CampaignRecord campaign,
            boolean canRecord,
            String recorded,
            String failed,
            String problem,
            String enteredNote) {
        List<CampaignRecord.Target> targets = campaign.targets();
        List<Row> rows = IntStream.range(0, targets.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> standingOf(targets.get(i)))
                        .thenComparing(Comparator.naturalOrder()))
                .map(i -> new Row(targets.get(i), standingOf(targets.get(i))))
                .toList();
        return new CallList(
                campaign,
                rows,
                canRecord,
                recorded,
                failed,
                problem == null ? "" : problem,
                enteredNote == null ? "" : enteredNote);
    }

    static Standing standingOf(CampaignRecord.Target target) {
        if (target.outcome() == null) {
            return Standing.NOT_CONTACTED;
        }
        return target.outcome().isSettled() ? Standing.SETTLED : Standing.TRY_AGAIN;
    }

    /** How many still need a call: not contacted yet, or to try again. */
    public long stillToCall() {
        return rows.stream().filter(r -> r.standing() != Standing.SETTLED).count();
    }

    public boolean failed(String targetId) {
        return failed != null && failed.equals(targetId);
    }

    public boolean recorded(String targetId) {
        return recorded != null && recorded.equals(targetId);
    }
}
