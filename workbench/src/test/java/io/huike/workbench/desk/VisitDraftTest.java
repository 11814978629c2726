package io.huike.workbench.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.desk.client.RecordVisit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitDraftTest {

    /** What the checks say; the words themselves are the message bundle's business. */
    static final DeskMsg WORDS = (DeskMsg) java.lang.reflect.Proxy.newProxyInstance(
            DeskMsg.class.getClassLoader(), new Class<?>[] {DeskMsg.class}, (proxy, method, args) -> method.getName());

    static VisitForm msLi() {
        VisitForm form = new VisitForm();
        form.visitedAt = "2026-05-06T09:30";
        form.dutyMemberId = "m-wang";
        form.roomId = "room-1";
        form.peopleCount = "1";
        form.visitorName = "李女士";
        form.visitorPhone = "139 1234 5678";
        form.summary = "李女士来访，提出三条建议";
        form.matterCategory = List.of("POWER_LINES", "", "GAS");
        form.matterUrgency = List.of("NORMAL", "NORMAL", "URGENT");
        form.matterGrid = List.of("", "", "grid-3");
        form.matterDescription = List.of("建议将小区架空电线改为入地", "", "建议为小区接通天然气");
        return form;
    }

    @Test
    void emptyRowsAreSkippedAndTheOthersBecomeMattersInTheirOrder() {
        VisitDraft draft = VisitDraft.of(msLi()).checked(WORDS);

        assertThat(draft.hasErrors()).isFalse();
        RecordVisit request = draft.request();
        assertThat(request.matters())
                .containsExactly(
                        new RecordVisit.Matter(Category.POWER_LINES, Urgency.NORMAL, "建议将小区架空电线改为入地", null),
                        new RecordVisit.Matter(Category.GAS, Urgency.URGENT, "建议为小区接通天然气", "grid-3"));
        assertThat(request.visitedAt()).isEqualTo(Instant.parse("2026-05-06T01:30:00Z"));
        assertThat(request.visitor()).isEqualTo(new RecordVisit.Visitor("李女士", "139 1234 5678"));
        assertThat(request.peopleCount()).isEqualTo(1);
    }

    @Test
    void aRowWithADescriptionButNoCategoryIsMarkedAtItsCategory() {
        VisitForm form = msLi();
        form.matterCategory = List.of("POWER_LINES", "", "");

        VisitDraft draft = VisitDraft.of(form).checked(WORDS);

        assertThat(draft.error("matter-2-category")).isEqualTo("matterNeedsCategory");
        assertThat(draft.matters().get(2).categoryError()).isEqualTo("matterNeedsCategory");
        assertThat(draft.errorSummary(WORDS))
                .extracting(VisitDraft.ErrorLink::fieldId)
                .containsExactly("matter-2-category");
    }

    @Test
    void theVisitItselfNeedsATimeAMemberAPlausibleNumberOfPeopleAndASummary() {
        VisitForm form = msLi();
        form.visitedAt = "";
        form.dutyMemberId = " ";
        form.peopleCount = "0";
        form.visitorPhone = "call me";
        form.summary = "";

        VisitDraft draft = VisitDraft.of(form).checked(WORDS);

        assertThat(draft.errors())
                .containsOnlyKeys(
                        "visit-visitedAt",
                        "visit-dutyMemberId",
                        "visit-peopleCount",
                        "visit-visitorPhone",
                        "visit-summary");
    }

    @Test
    void withoutJavaScriptTheFormHasThreeRowsAndNeverMoreThanTwenty() {
        assertThat(VisitDraft.fresh(Instant.EPOCH, "m-wang", "").matters()).hasSize(VisitDraft.INITIAL_ROWS);

        VisitForm crowded = msLi();
        crowded.matterDescription = java.util.Collections.nCopies(30, "x");
        assertThat(VisitDraft.of(crowded).matters()).hasSize(VisitDraft.MAX_ROWS);
    }

    @Test
    void theServicesFieldErrorsAreShownUnderTheRowsTheyWereSentFrom() {
        VisitDraft draft = VisitDraft.of(msLi()).checked(WORDS);
        ServiceProblem problem = new ServiceProblem();
        problem.status = 422;
        problem.errors = List.of(
                new ServiceProblem.FieldError("matters[1].gridId", "not a grid of the community"),
                new ServiceProblem.FieldError("visitor.phone", "digits, spaces and dashes, 5 to 20"));

        VisitDraft refused = draft.refusedWith(problem);

        assertThat(refused.error("matter-2-grid")).isEqualTo("not a grid of the community");
        assertThat(refused.matters().get(2).gridError()).isEqualTo("not a grid of the community");
        assertThat(refused.error("visit-visitorPhone")).isEqualTo("digits, spaces and dashes, 5 to 20");
    }
}
