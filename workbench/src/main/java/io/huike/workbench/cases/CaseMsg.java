package io.huike.workbench.cases;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The cases pages' words, and the names of categories, urgencies, outcomes and the other words of a case, which
 * the desk and the status page use too. Chinese in {@code messages/cases.properties}, English in
 * {@code messages/cases_en.properties}.
 */
@MessageBundle(value = "cases", locale = "zh")
public interface CaseMsg {

    @Message
    String myCasesTitle();

    @Message
    String queueTitle();

    @Message
    String noMemberId();

    @Message
    String filtersLabel();

    @Message
    String statusLabel();

    @Message
    String allOpen();

    @Message
    String allStatuses();

    @Message
    String categoryLabel();

    @Message
    String allCategories();

    @Message
    String onlyOverdue();

    @Message
    String searchLabel();

    @Message
    String searchHint();

    @Message
    String applyFilters();

    @Message
    String remindersTitle();

    @Message
    String noReminders();

    @Message
    String resultsTitle();

    @Message
    String resultCount(long count);

    @Message
    String pagesLabel();

    @Message
    String previousPage();

    @Message
    String nextPage();

    @Message
    String pageNumber(int number);

    @Message
    String firstContactLabel();

    @Message
    String feedbackLabel();

    @Message
    String assigneeLabel();

    @Message
    String unassigned();

    @Message
    String urgencyLabel();

    @Message
    String registeredLabel();

    @Message
    String gridLabel();

    @Message
    String residentLabel();

    @Message
    String reopenedLabel();

    @Message
    String descriptionLabel();

    @Message
    String factsTitle();

    @Message
    String resolutionTitle();

    @Message
    String outcomeLabel();

    @Message
    String reasonLabel();

    @Message
    String referredToLabel();

    @Message
    String actionsTakenLabel();

    @Message
    String feedbackGivenTitle();

    @Message
    String methodLabel();

    @Message
    String toldAtLabel();

    @Message
    String satisfactionLabel();

    @Message
    String commentLabel();

    @Message
    String actionsTitle();

    @Message
    String closingAwaitsAdmin();

    @Message
    String noActions();

    @Message
    String goToForm();

    @Message
    String enteredLater(String when, String who);

    @Message
    String formTitle_start();

    @Message
    String formTitle_assign();

    @Message
    String formTitle_refer();

    @Message
    String formTitle_answerReferral();

    @Message
    String formTitle_escalate();

    @Message
    String formTitle_answerEscalation();

    @Message
    String formTitle_resolve();

    @Message
    String formTitle_feedback();

    @Message
    String formTitle_close();

    @Message
    String formTitle_reopen();

    @Message
    String formTitle_extension();

    @Message
    String formTitle_extensionApproval();

    @Message
    String formTitle_note();

    @Message
    String approveClosing();

    @Message
    String contactMethodLabel();

    @Message
    String memberLabel();

    @Message
    String chooseMember();

    @Message
    String memberIdLabel();

    @Message
    String membersUnavailable();

    @Message
    String referBodyLabel();

    @Message
    String referContactLabel();

    @Message
    String theirReferenceLabel();

    @Message
    String expectedReplyByLabel();

    @Message
    String referralLabel();

    @Message
    String answerLabel();

    @Message
    String repliedAtLabel();

    @Message
    String meetingMonthLabel();

    @Message
    String meetingMonthHint();

    @Message
    String escalateReasonLabel();

    @Message
    String decisionLabel();

    @Message
    String outcomeHint();

    @Message
    String resolveReasonLabel();

    @Message
    String reopenReasonLabel();

    @Message
    String deadlineLabel();

    @Message
    String untilLabel();

    @Message
    String extensionReasonLabel();

    @Message
    String noteTextLabel();

    @Message
    String shareableLabel();

    @Message
    String referralsTitle();

    @Message
    String referredOn(String when);

    @Message
    String expectedReplyOn(String day);

    @Message
    String answeredOn(String when);

    @Message
    String awaitingAnswer();

    @Message
    String timelineTitle();

    @Message
    String sharedWithResident();

    @Message
    String internalOnly();

    @Message
    String noTimeline();

    @Message
    String pendingExtension(DeadlineKind kind, String until);

    @Message
    String pendingHotlineExtension(DeadlineKind kind, String until);

    @Message
    String formTitle_hotlineAcknowledge();

    @Message
    String formTitle_hotlineReply();

    @Message
    String formTitle_hotlineReturn();

    @Message
    String hotlineOrderTitle();

    @Message
    String hotlineReferenceLabel();

    @Message
    String hotlineStateLabel();

    @Message
    String hotlineState(String state);

    @Message
    String hotlineAcknowledgeLabel();

    @Message
    String dueBy(String when);

    @Message
    String hotlineLate();

    @Message
    String hotlineReplyLabel();

    @Message
    String hotlineRedoLabel();

    @Message
    String hotlineReturnReasonLabel();

    @Message
    String hotlineReturnUntil(String when);

    @Message
    String done(CaseForm form);

    @Message
    String category(Category category);

    @Message
    String urgency(Urgency urgency);

    @Message
    String contactMethod(ContactMethod method);

    @Message
    String outcome(Outcome outcome);

    @Message
    String satisfaction(Satisfaction satisfaction);

    @Message
    String deadlineKind(DeadlineKind kind);

    @Message
    String actorAutoAssignment();

    @Message
    String actorDeadlineWatch();
}
