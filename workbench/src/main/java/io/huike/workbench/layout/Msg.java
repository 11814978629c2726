package io.huike.workbench.layout;

import io.huike.kernel.cases.CaseStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words every page shares: the layout, navigation, errors, problems, deadlines and case statuses. Chinese is the
 * default ({@code messages/msg.properties}), English the localized file ({@code messages/msg_en.properties}); each
 * feature keeps its own words in its own bundle ({@code cases}, {@code desk}, {@code status}, {@code district}).
 */
@MessageBundle(value = "msg", locale = "zh")
public interface Msg {

    @Message
    String appName();

    @Message
    String skipToMain();

    @Message
    String signedInAs(String name);

    @Message
    String community();

    @Message
    String switchCommunity();

    @Message
    String login();

    @Message
    String logout();

    @Message
    String mainNavigation();

    @Message
    String footer();

    @Message
    String homeTitle();

    @Message
    String homeIntro();

    @Message
    String homeSignedOut();

    @Message
    String statusLink();

    @Message
    String backHome();

    @Message
    String navDesk();

    @Message
    String navPaperLog();

    @Message
    String navOutreach();

    @Message
    String navMyCases();

    @Message
    String navQueue();

    @Message
    String navDistrict();

    @Message
    String navStatus();

    @Message
    String navRoster();

    @Message
    String navAdmin();

    @Message
    String aboutDesk();

    @Message
    String aboutPaperLog();

    @Message
    String aboutOutreach();

    @Message
    String aboutMyCases();

    @Message
    String aboutQueue();

    @Message
    String aboutDistrict();

    @Message
    String aboutStatus();

    @Message
    String aboutRoster();

    @Message
    String aboutAdmin();

    @Message
    String requiredMark();

    @Message
    String errorPrefix();

    @Message
    String fieldRequired();

    @Message
    String fieldUnreadable();

    @Message
    String formHasErrors();

    @Message
    String deadlineNone();

    @Message
    String deadlineMet(String when);

    @Message
    String deadlineStopped(String when);

    @Message
    String deadlineOverdueWord();

    @Message
    String deadlineSoonWord();

    @Message
    String deadlineLeftMinutes(String due, long n);

    @Message
    String deadlineLeftHours(String due, long n);

    @Message
    String deadlineLeftDays(String due, long n);

    @Message
    String deadlineLateMinutes(String due, long n);

    @Message
    String deadlineLateHours(String due, long n);

    @Message
    String deadlineLateDays(String due, long n);

    @Message
    String status(CaseStatus status);

    @Message
    String errorTitle();

    @Message
    String forbiddenTitle();

    @Message
    String forbiddenMessage();

    @Message
    String noCommunityTitle();

    @Message
    String noCommunityMessage();

    @Message
    String notFoundTitle();

    @Message
    String notFoundMessage();

    @Message
    String formExpiredTitle();

    @Message
    String formExpiredMessage();

    @Message
    String signInAgainTitle();

    @Message
    String signOutAndIn();

    @Message
    String unavailableTitle();

    @Message
    String unexpectedMessage(String incident);

    @Message
    String stale();

    @Message
    String staleChangedBy(String who, String when);

    @Message
    String staleChangedByWhom(String who);

    @Message
    String transitionNotAllowed(String status);

    @Message
    String transitionNotAllowedNow();

    @Message
    String problemSignIn();

    @Message
    String problemForbidden();

    @Message
    String problemNotFound();

    @Message
    String problemTooMany();

    @Message
    String problemUnavailable();

    @Message
    String problemInvalid();

    @Message
    String problemRule();

    @Message
    String problemConflict();

    @Message
    String problemOther(int status);

    @Message
    String paperLogTooOld(String days, String earliest);
}
