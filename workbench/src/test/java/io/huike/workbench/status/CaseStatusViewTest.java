package io.huike.workbench.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.huike.kernel.cases.CaseStatus;
import io.huike.workbench.cases.Category;
import io.huike.workbench.clients.LenientEnums;
import io.huike.workbench.status.client.CaseStatusView;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseStatusViewTest {

    static ObjectMapper json() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new LenientEnums().customize(mapper);
        return mapper;
    }

    @Test
    void theLookupsAnswerIsReadAsCaseServiceWritesIt() throws Exception {
        CaseStatusView view = json().readValue("""
                {"trackingNumber":"GL-2026-000123","category":"WATER_DRAINAGE","status":"IN_PROGRESS",
                 "registeredOn":"2026-05-06",
                 "firstContact":{"dueAt":"2026-05-07T16:00:00Z","met":true},
                 "feedback":{"dueAt":"2026-05-13T16:00:00Z","met":false},
                 "timeline":[{"at":"2026-05-06T03:00:00Z","text":"已联系市政维修公司"}]}""", CaseStatusView.class);

        assertThat(view.category()).isEqualTo(Category.WATER_DRAINAGE);
        assertThat(view.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(view.registeredOn()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(view.firstContact().met()).isTrue();
        assertThat(view.feedback())
                .isEqualTo(new CaseStatusView.Deadline(Instant.parse("2026-05-13T16:00:00Z"), false));
        assertThat(view.timeline())
                .containsExactly(new CaseStatusView.Entry(Instant.parse("2026-05-06T03:00:00Z"), "已联系市政维修公司"));
    }

    @Test
    void aCategoryTheWorkbenchDoesNotKnowYetIsLeftBlankRatherThanFailingThePage() throws Exception {
        CaseStatusView view = json().readValue("""
                {"trackingNumber":"GL-2026-000124","category":"SOMETHING_NEW","status":"CLOSED"}""", CaseStatusView.class);

        assertThat(view.category()).isNull();
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.timeline()).isEmpty();
    }
}
