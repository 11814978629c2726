package io.huike.workbench.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.cases.CaseStatus;
import io.huike.workbench.cases.Category;
import io.huike.workbench.status.client.CaseStatusView;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseStatusViewTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nestedDeadlinesAndADateOfRegistrationAreRead() throws Exception {
        CaseStatusView view = CaseStatusView.of(JSON.readTree("""
                {"trackingNumber":"GL-2026-000123","category":"WATER_DRAINAGE","status":"IN_PROGRESS",
                 "registeredOn":"2026-05-06",
                 "firstContact":{"dueAt":"2026-05-07T16:00:00Z","metAt":"2026-05-06T03:00:00Z"},
                 "feedback":{"dueAt":"2026-05-13T16:00:00Z"},
                 "timeline":[{"at":"2026-05-06T03:00:00Z","text":"已联系市政维修公司"}]}"""));

        assertThat(view.trackingNumber()).isEqualTo("GL-2026-000123");
        assertThat(view.category()).isEqualTo(Category.WATER_DRAINAGE);
        assertThat(view.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(view.registeredOn()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(view.firstContactMet()).isEqualTo(Instant.parse("2026-05-06T03:00:00Z"));
        assertThat(view.feedbackDue()).isEqualTo(Instant.parse("2026-05-13T16:00:00Z"));
        assertThat(view.feedbackMet()).isNull();
        assertThat(view.timeline())
                .containsExactly(new CaseStatusView.Entry(Instant.parse("2026-05-06T03:00:00Z"), "已联系市政维修公司"));
    }

    @Test
    void flatDeadlinesAnInstantOfRegistrationAndUnknownWordsAreUnderstood() throws Exception {
        CaseStatusView view = CaseStatusView.of(JSON.readTree("""
                {"trackingNumber":"GL-2026-000124","category":"SOMETHING_NEW","status":"CLOSED",
                 "registeredAt":"2026-05-05T17:30:00Z","firstContactDueAt":"2026-05-07T16:00:00Z",
                 "feedbackDue":"2026-05-13T16:00:00Z","sharedTimeline":[{"time":"2026-05-06T03:00:00Z","text":"已办结"}]}"""));

        assertThat(view.category()).isNull();
        assertThat(view.registeredOn()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(view.firstContactDue()).isEqualTo(Instant.parse("2026-05-07T16:00:00Z"));
        assertThat(view.feedbackDue()).isEqualTo(Instant.parse("2026-05-13T16:00:00Z"));
        assertThat(view.timeline()).extracting(CaseStatusView.Entry::text).containsExactly("已办结");
    }
}
