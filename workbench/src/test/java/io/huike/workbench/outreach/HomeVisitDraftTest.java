package io.huike.workbench.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.outreach.client.ActivityKind;
import io.huike.workbench.outreach.client.RecordActivity;
import io.huike.workbench.outreach.client.RecordVisit;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomeVisitDraftTest {

    /** What the checks say; the words themselves are the message bundle's business. */
    static final OutreachMsg WORDS = (OutreachMsg) Proxy.newProxyInstance(
            OutreachMsg.class.getClassLoader(),
            new Class<?>[] {OutreachMsg.class},
            (proxy, method, args) -> method.getName());

    static final LocalDate TODAY = LocalDate.of(2026, 5, 8);

    static HomeVisitForm visitToMa() {
        HomeVisitForm form = new HomeVisitForm();
        form.visitedOn = "2026-05-06";
        form.kind = "HOME_VISIT_WITH_SUPPORT";
        form.notes = "老人身体尚可，厨房下水不畅";
        form.concernCategory = "WATER_DRAINAGE";
        form.concernUrgency = "NORMAL";
        form.concernDescription = "楼栋主管道返水，已影响三户\n二楼也有味道";
        return form;
    }

    @Test
    void aPastDayIsTakenAndTheConcernGoesWithTheVisitTitledByItsFirstLine() {
        HomeVisitDraft draft = HomeVisitDraft.of(visitToMa()).checked(WORDS, TODAY, true);

        assertThat(draft.hasErrors()).isFalse();
        assertThat(draft.visit("h-ma", "m-wang"))
                .isEqualTo(new RecordVisit(
                        "h-ma",
                        "m-wang",
                        LocalDate.of(2026, 5, 6),
                        "老人身体尚可，厨房下水不畅",
                        List.of(new RecordVisit.Concern(
                                Category.WATER_DRAINAGE, Urgency.NORMAL, "楼栋主管道返水，已影响三户", "楼栋主管道返水，已影响三户\n二楼也有味道"))));
        assertThat(draft.needsActivity()).isTrue();
        assertThat(draft.activity())
                .isEqualTo(new RecordActivity(
                        ActivityKind.HOME_VISIT_WITH_SUPPORT, LocalDate.of(2026, 5, 6), "老人身体尚可，厨房下水不畅"));
    }

    @Test
    void aVisitWithoutConcernOrActivitySendsNoConcernAndNeedsNoActivity() {
        HomeVisitForm form = visitToMa();
        form.kind = "";
        form.concernCategory = "";
        form.concernDescription = "";

        HomeVisitDraft draft = HomeVisitDraft.of(form).checked(WORDS, TODAY, false);

        assertThat(draft.hasErrors()).isFalse();
        assertThat(draft.visit("h-ma", "m-wang").concerns()).isEmpty();
        assertThat(draft.needsActivity()).isFalse();
    }

    @Test
    void aDayAfterTodayIsRefusedButTodayIsTaken() {
        HomeVisitForm form = visitToMa();
        form.visitedOn = "2026-05-09";
        assertThat(HomeVisitDraft.of(form).checked(WORDS, TODAY, true).error("home-visit-visitedOn"))
                .isEqualTo("dayInFuture");

        form.visitedOn = "2026-05-08";
        assertThat(HomeVisitDraft.of(form).checked(WORDS, TODAY, true).hasErrors())
                .isFalse();
    }

    @Test
    void aConcernNeedsItsCategoryAndMayNotCarryAPhoneNumber() {
        HomeVisitForm form = visitToMa();
        form.concernCategory = "";
        form.concernDescription = "请联系他儿子 138 0013 8000";

        HomeVisitDraft draft = HomeVisitDraft.of(form).checked(WORDS, TODAY, true);

        assertThat(draft.error("concern-category")).isEqualTo("concernNeedsCategory");
        assertThat(draft.error("concern-description")).isEqualTo("noPersonalNumbers");
        assertThat(draft.errorSummary(WORDS))
                .extracting(HomeVisitDraft.ErrorLink::fieldId)
                .containsExactly("concern-category", "concern-description");
    }

    @Test
    void somethingDoneCountsOnlyForARunningPairing() {
        assertThat(HomeVisitDraft.of(visitToMa()).checked(WORDS, TODAY, false).error("home-visit-kind"))
                .isEqualTo("kindNeedsPairing");
    }

    @Test
    void whatWasDoneIsNotSentAgainOnceSaved() {
        HomeVisitDraft saved = HomeVisitDraft.of(visitToMa()).withRecordedActivity("a-1");
        HomeVisitForm again = visitToMa();
        again.recordedActivity = saved.recordedActivity();
        again.recordedKind = saved.recordedKindName();

        HomeVisitDraft draft = HomeVisitDraft.of(again).checked(WORDS, TODAY, true);

        assertThat(draft.needsActivity()).isFalse();
        assertThat(draft.savedKind()).isEqualTo(ActivityKind.HOME_VISIT_WITH_SUPPORT);
    }

    @Test
    void outreachServicesFieldErrorsStandUnderTheFieldsTheyName() {
        ServiceProblem refused = ServiceProblem.ofStatus(400);
        refused.errors = List.of(
                new ServiceProblem.FieldError("concerns[0].title", "must not contain phone or ID numbers"),
                new ServiceProblem.FieldError("doneOn", "is outside the pairing"));

        HomeVisitDraft draft = HomeVisitDraft.of(visitToMa()).refusedWith(refused);

        assertThat(draft.error("concern-description")).isEqualTo("must not contain phone or ID numbers");
        assertThat(draft.error("home-visit-visitedOn")).isEqualTo("is outside the pairing");
    }

    @Test
    void aLongFirstLineIsCutForTheTitle() {
        String description = "一二三四五六七八九十".repeat(4);

        assertThat(HomeVisitDraft.titleOf(description))
                .hasSize(HomeVisitDraft.TITLE_LENGTH)
                .endsWith("…")
                .startsWith("一二三四五六七八九十");
    }
}
