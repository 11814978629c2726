package io.huike.workbench.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The administration pages' words, and the names of members' kinds and skills. Chinese in
 * {@code messages/admin.properties}, English in {@code messages/admin_en.properties}.
 */
@MessageBundle(value = "admin", locale = "zh")
public interface AdminMsg {

    @Message
    String subNavLabel();

    @Message
    String navOverview();

    @Message
    String navMembers();

    @Message
    String navRooms();

    @Message
    String navClosures();

    @Message
    String navDeadlines();

    @Message
    String navSettings();

    @Message
    String navApprovals();

    @Message
    String goToForm();

    @Message
    String save();

    @Message
    String choose();

    @Message
    String overviewTitle();

    @Message
    String aboutMembers();

    @Message
    String aboutRooms();

    @Message
    String aboutClosures();

    @Message
    String aboutDeadlines();

    @Message
    String aboutSettings();

    @Message
    String aboutApprovals();

    @Message
    String aboutRoster();

    @Message
    String approvalsCount(long count);

    @Message
    String membersTitle();

    @Message
    String memberListTitle();

    @Message
    String membersUnknown();

    @Message
    String noMembers();

    @Message
    String kindLabel();

    @Message
    String kind(MemberKind kind);

    @Message
    String partyMemberLabel();

    @Message
    String partyMemberShort();

    @Message
    String skillsLabel();

    @Message
    String skillsHint();

    @Message
    String skill(Skill skill);

    @Message
    String noSkills();

    @Message
    String nameLabel();

    @Message
    String phoneLabel();

    @Message
    String phoneHint();

    @Message
    String unitLabel();

    @Message
    String unitHint();

    @Message
    String dutiesLabel();

    @Message
    String dutiesHint();

    @Message
    String activeLabel();

    @Message
    String activeHint();

    @Message
    String statusLabel();

    @Message
    String activeMark();

    @Message
    String inactiveMark();

    @Message
    String registerTitle();

    @Message
    String register();

    @Message
    String backToMembers();

    @Message
    String editTitle();

    @Message
    String phoneAudited();

    @Message
    String leaveTitle();

    @Message
    String leaveUnknown();

    @Message
    String noLeave();

    @Message
    String leaveDays(String first, String last);

    @Message
    String leaveHandOver(int count);

    @Message
    String toRoster();

    @Message
    String recordLeave();

    @Message
    String firstDayLabel();

    @Message
    String lastDayLabel();

    @Message
    String leaveReasonLabel();

    @Message
    String leaveHint();

    @Message
    String roomsTitle();

    @Message
    String roomListTitle();

    @Message
    String roomsUnknown();

    @Message
    String noRooms();

    @Message
    String roomsFixed();

    @Message
    String shiftsOf(String room);

    @Message
    String shiftCodeLabel();

    @Message
    String shiftCodeHint();

    @Message
    String shiftNameLabel();

    @Message
    String shiftNameHint();

    @Message
    String shiftTimeLabel();

    @Message
    String startsAtLabel();

    @Message
    String endsAtLabel();

    @Message
    String openRoomTitle();

    @Message
    String roomNameLabel();

    @Message
    String roomLocationLabel();

    @Message
    String shiftsHint();

    @Message
    String shiftLegend(int number);

    @Message
    String openRoom();

    @Message
    String closuresTitle();

    @Message
    String closuresIntro();

    @Message
    String addClosure();

    @Message
    String closureDateLabel();

    @Message
    String closureDateHint();

    @Message
    String closureReasonLabel();

    @Message
    String comingClosures();

    @Message
    String pastClosures();

    @Message
    String closuresUnknown();

    @Message
    String noComingClosures();

    @Message
    String settingsTitle();

    @Message
    String settingsUnknown();

    @Message
    String closingLegend();

    @Message
    String closingRequiresAdminLabel();

    @Message
    String closingRequiresAdminHint();

    @Message
    String paperLogLegend();

    @Message
    String paperLogLabel();

    @Message
    String paperLogHint();

    @Message
    String deadlinesTitle();

    @Message
    String deadlinesIntro();

    @Message
    String deadlinesUnknown();

    @Message
    String deadlinesCaption();

    @Message
    String categoryColumn();

    @Message
    String urgencyColumn();

    @Message
    String firstContactColumn();

    @Message
    String feedbackColumn();

    @Message
    String firstContactOf(String category, String urgency);

    @Message
    String feedbackOf(String category, String urgency);

    @Message
    String ruleUnknown();

    @Message
    String deadlinesPartlySaved(int count);

    @Message
    String approvalsTitle();

    @Message
    String approvalNotRequired();

    @Message
    String approveClosing();

    @Message
    String moreWaiting();

    @Message
    String doneRegistered();

    @Message
    String doneMemberSaved();

    @Message
    String doneLeave();

    @Message
    String doneRoomOpened();

    @Message
    String doneClosure();

    @Message
    String doneSettings();

    @Message
    String doneDeadlines(int count);

    @Message
    String doneClosingApproved();
}
