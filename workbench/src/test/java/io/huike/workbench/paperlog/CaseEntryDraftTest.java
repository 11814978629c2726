package io.huike.workbench.paperlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.paperlog.client.Channel;
import io.huike.workbench.paperlog.client.RegisterCase;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseEntryDraftTest {

    /** What the checks say; the words themselves are the message bundle's business. */
    static final PaperLogMsg WORDS = (PaperLogMsg) Proxy.newProxyInstance(
            PaperLogMsg.class.getClassLoader(),
            new Class<?>[] {PaperLogMsg.class},
            (proxy, method, args) -> method.getName());

    static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");

    static CaseEntryForm mrYangsSewer() {
        CaseEntryForm form = new CaseEntryForm();
        form.occurredAt = "2026-05-06T09:30";
        form.channel = "PHONE";
        form.category = "WATER_DRAINAGE";
        form.urgency = "NORMAL";
        form.gridId = "grid-3";
        form.description = "杨先生家门口污水管堵塞";
        form.residentName = "杨先生";
        form.residentPhone = "13812345678";
        return form;
    }

    @Test
    void theTimeFromTheBookIsReadAsBeijingTimeAndSentAsAnInstant() {
        CaseEntryDraft draft = CaseEntryDraft.of(mrYangsSewer()).checked(WORDS, NOW);

        assertThat(draft.hasErrors()).isFalse();
        assertThat(draft.request())
                .isEqualTo(new RegisterCase(
                        Channel.PHONE,
                        Category.WATER_DRAINAGE,
                        Urgency.NORMAL,
                        null,
                        "杨先生家门口污水管堵塞",
                        "grid-3",
                        new RegisterCase.Resident("杨先生", "13812345678"),
                        Instant.parse("2026-05-06T01:30:00Z")));
    }

    @Test
    void aTimeJustAfterMidnightInBeijingIsTheDayBeforeInUtc() {
        CaseEntryForm form = mrYangsSewer();
        form.occurredAt = "2026-05-07T00:15";

        assertThat(CaseEntryDraft.of(form).occurredAt()).isEqualTo(Instant.parse("2026-05-06T16:15:00Z"));
    }

    @Test
    void aMissingUnreadableOrFutureTimeIsMarkedAtTheTime() {
        CaseEntryForm form = mrYangsSewer();
        form.occurredAt = "";
        assertThat(CaseEntryDraft.of(form).checked(WORDS, NOW).error("entry-occurredAt"))
                .isEqualTo("required");

        form.occurredAt = "6/5/2026 9:30";
        assertThat(CaseEntryDraft.of(form).checked(WORDS, NOW).error("entry-occurredAt"))
                .isEqualTo("unreadableTime");

        form.occurredAt = "2026-05-20T10:30";
        assertThat(CaseEntryDraft.of(form).checked(WORDS, NOW).error("entry-occurredAt"))
                .isEqualTo("timeInFuture");
    }

    @Test
    void aCaseWithoutCategoryOrDescriptionIsNotSent() {
        CaseEntryForm form = mrYangsSewer();
        form.category = "";
        form.description = " ";

        CaseEntryDraft draft = CaseEntryDraft.of(form).checked(WORDS, NOW);

        assertThat(draft.errorSummary(WORDS))
                .extracting(CaseEntryDraft.ErrorLink::fieldId)
                .containsExactly("entry-category", "entry-description");
    }

    @Test
    void aTimeFurtherBackThanTheCommunityAllowsIsSaidInOurWordsUnderTheTime() {
        ServiceProblem tooOld = ServiceProblem.ofStatus(422);
        tooOld.type = ServiceProblem.TYPE_PREFIX + "paper-log-too-old";
        tooOld.errors = List.of(new ServiceProblem.FieldError("occurredAt", "must not be more than 30 days ago"));

        CaseEntryDraft draft = CaseEntryDraft.of(mrYangsSewer()).refusedWith(tooOld, "只能补录 30 天以内的记录");

        assertThat(draft.error("entry-occurredAt")).isEqualTo("只能补录 30 天以内的记录");
        assertThat(draft.value("entry-description")).isEqualTo("杨先生家门口污水管堵塞");
    }

    @Test
    void otherRefusalsKeepTheServicesWordsUnderTheFieldsTheyName() {
        ServiceProblem unknownGrid = ServiceProblem.ofStatus(422);
        unknownGrid.errors = List.of(new ServiceProblem.FieldError("gridId", "is not a grid of gulou"));

        CaseEntryDraft draft = CaseEntryDraft.of(mrYangsSewer()).refusedWith(unknownGrid, "unused");

        assertThat(draft.error("entry-gridId")).isEqualTo("is not a grid of gulou");
        assertThat(draft.error("entry-occurredAt")).isEmpty();
    }
}
