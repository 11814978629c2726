package io.huike.workbench.outreach;

import io.huike.workbench.outreach.client.CampaignRecord;
import java.util.List;

/**
 * The outreach page: the households the signed-in member is paired with, each with the four ones of the year, and
 * the community's notification campaigns.
 *
 * @param memberKnown whether the user's token names their member id (without it there are no pairings to show)
 * @param campaignsKnown whether the campaigns could be listed (false while outreach-service cannot list them)
 */
public record OutreachOverview(
        boolean memberKnown,
        int year,
        List<FourOnesCard> cards,
        boolean canRecord,
        List<CampaignRecord> campaigns,
        boolean campaignsKnown) {

    public int owed() {
        return FourOnesCard.owedByAll(cards);
    }

    public int done() {
        return FourOnesCard.doneByAll(cards);
    }
}
