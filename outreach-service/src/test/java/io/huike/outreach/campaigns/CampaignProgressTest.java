package io.huike.outreach.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A notification campaign's progress counts each person by the latest contact. */
class CampaignProgressTest {

    private static final Instant T = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void eachPersonCountsOnceByTheLatestContact() {
        UUID li = UUID.randomUUID();
        UUID ma = UUID.randomUUID();
        UUID zhang = UUID.randomUUID();

        CampaignProgress progress = CampaignProgress.of(
                4,
                List.of(
                        new CampaignProgress.Attempt(li, ContactOutcome.NOT_REACHED, T),
                        new CampaignProgress.Attempt(ma, ContactOutcome.REFUSED, T),
                        new CampaignProgress.Attempt(li, ContactOutcome.DONE, T.plusSeconds(3600)),
                        new CampaignProgress.Attempt(zhang, ContactOutcome.REACHED, T)));

        assertThat(progress.targets()).isEqualTo(4);
        assertThat(progress.notContacted()).isEqualTo(1);
        assertThat(progress.byOutcome())
                .containsEntry(ContactOutcome.DONE, 1)
                .containsEntry(ContactOutcome.NOT_REACHED, 0)
                .containsEntry(ContactOutcome.REFUSED, 1)
                .containsEntry(ContactOutcome.REACHED, 1);
        assertThat(progress.settled()).isEqualTo(2);
        assertThat(progress.percentDone()).isEqualTo(25);
    }

    @Test
    void anOlderContactRecordedLaterDoesNotOverrideANewerOne() {
        UUID li = UUID.randomUUID();

        CampaignProgress progress = CampaignProgress.of(
                1,
                List.of(
                        new CampaignProgress.Attempt(li, ContactOutcome.DONE, T.plusSeconds(60)),
                        new CampaignProgress.Attempt(li, ContactOutcome.NOT_REACHED, T)));

        assertThat(progress.byOutcome()).containsEntry(ContactOutcome.DONE, 1);
        assertThat(progress.percentDone()).isEqualTo(100);
    }
}
