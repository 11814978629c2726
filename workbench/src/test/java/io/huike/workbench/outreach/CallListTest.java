package io.huike.workbench.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.outreach.client.CampaignRecord;
import io.huike.workbench.outreach.client.ContactOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallListTest {

    static CampaignRecord.Target target(String id, ContactOutcome outcome) {
        return new CampaignRecord.Target(id, null, "居民" + id, null, outcome, null, null, null);
    }

    @Test
    void thoseNotContactedComeFirstThenThoseToTryAgainThenTheSettledEachInTheListsOrder() {
        CampaignRecord campaign = new CampaignRecord(
                "c1",
                "新冠疫苗第二针提醒",
                null,
                null,
                null,
                List.of(
                        target("1", ContactOutcome.DONE),
                        target("2", ContactOutcome.NOT_REACHED),
                        target("3", null),
                        target("4", ContactOutcome.REFUSED),
                        target("5", ContactOutcome.REACHED),
                        target("6", null)));

        CallList list = CallList.of(campaign, true, null, null, null, null);

        assertThat(list.rows()).extracting(r -> r.target().id()).containsExactly("3", "6", "2", "5", "1", "4");
        assertThat(list.rows())
                .extracting(CallList.Row::standing)
                .containsExactly(
                        CallList.Standing.NOT_CONTACTED,
                        CallList.Standing.NOT_CONTACTED,
                        CallList.Standing.TRY_AGAIN,
                        CallList.Standing.TRY_AGAIN,
                        CallList.Standing.SETTLED,
                        CallList.Standing.SETTLED);
        assertThat(list.stillToCall()).isEqualTo(4);
    }
}
