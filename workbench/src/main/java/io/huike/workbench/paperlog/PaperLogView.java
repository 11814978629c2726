package io.huike.workbench.paperlog;

import io.huike.workbench.desk.DeskView;
import io.huike.workbench.desk.VisitDraft;
import io.huike.workbench.paperlog.client.Channel;
import java.util.List;

/**
 * The paper log page: how far back the community lets it go, the form for a reception visit with its matters, the
 * form for a single case, and what was just entered.
 *
 * @param limit the community's limit; null while case-service cannot tell it
 * @param latestInput now, as a {@code datetime-local} value: the latest time the pickers offer
 * @param visitProblem case-service's refusal of the visit, in the user's language; empty if none
 * @param entryProblem case-service's refusal of the single case, in the user's language; empty if none
 * @param entered the cases just entered, to confirm them; empty otherwise
 */
public record PaperLogView(
        PaperLogLimit limit,
        String latestInput,
        VisitDraft visit,
        List<VisitDraft.ErrorLink> visitErrors,
        String visitProblem,
        List<DeskView.Option> members,
        boolean membersKnown,
        List<DeskView.Option> rooms,
        List<DeskView.Option> grids,
        CaseEntryDraft entry,
        List<CaseEntryDraft.ErrorLink> entryErrors,
        String entryProblem,
        List<Entered> entered) {

    /** The channels a single case may have come in by. */
    static final List<Channel> CHANNELS = List.of(Channel.values());

    /** A case just typed in, with its tracking number to write into the paper book. */
    public record Entered(String caseId, String trackingNumber, String title) {}

    public List<Channel> channels() {
        return CHANNELS;
    }

    public boolean visitRefused() {
        return !visitErrors.isEmpty() || !visitProblem.isEmpty();
    }

    public boolean entryRefused() {
        return !entryErrors.isEmpty() || !entryProblem.isEmpty();
    }
}
