package io.huike.workbench.roster;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The roster page's words, and the faults and refusals of the roster and administration forms. Chinese in
 * {@code messages/roster.properties}, English in {@code messages/roster_en.properties}.
 */
@MessageBundle(value = "roster", locale = "zh")
public interface RosterMsg {

    @Message
    String title();

    @Message
    String monthSwitchLabel();

    @Message
    String previousMonth();

    @Message
    String nextMonth();

    @Message
    String monthField();

    @Message
    String monthHint();

    @Message
    String showMonth();

    @Message
    String goToForm();

    @Message
    String today();

    @Message
    String me();

    @Message
    String currentTitle();

    @Message
    String memberUnknown();

    @Message
    String todayUnknown();

    @Message
    String noCurrentShift();

    @Message
    String nextShiftToday(String room, String shift, String start);

    @Message
    String checkedInAt(String when);

    @Message
    String checkIn();

    @Message
    String checkOut();

    @Message
    String roomsUnknown();

    @Message
    String noRooms();

    @Message
    String roomTitle(String room, String month);

    @Message
    String rosterUnknown();

    @Message
    String notGenerated();

    @Message
    String generateHint();

    @Message
    String generate(String month);

    @Message
    String print();

    @Message
    String downloadXlsx();

    @Message
    String downloadCsv();

    @Message
    String gridCaption(String room, String month);

    @Message
    String dayColumn();

    @Message
    String gapCell();

    @Message
    String gapWord();

    @Message
    String noReception();

    @Message
    String closedDay(String reason);

    @Message
    String dayGapNote();

    @Message
    String myShiftsTitle(String month);

    @Message
    String noShifts();

    @Message
    String pastShift();

    @Message
    String swapPendingMark();

    @Message
    String askSwap();

    @Message
    String swapTo();

    @Message
    String chooseMember();

    @Message
    String swapCounter();

    @Message
    String swapCounterHint();

    @Message
    String noCounter();

    @Message
    String swapNote();

    @Message
    String sendSwap();

    @Message
    String swapsTitle();

    @Message
    String swapsUnknown();

    @Message
    String noSwaps();

    @Message
    String swapsForMe();

    @Message
    String swapsAsked();

    @Message
    String swapsOthers();

    @Message
    String swapFromTo(String from, String to);

    @Message
    String swapInExchange(String shift);

    @Message
    String swapNoteShown(String note);

    @Message
    String swapRequested();

    @Message
    String swapAccepted();

    @Message
    String swapApproved();

    @Message
    String swapDeclined();

    @Message
    String unknownShift();

    @Message
    String accept();

    @Message
    String decline();

    @Message
    String approve();

    @Message
    String gapsTitle(String month);

    @Message
    String noGaps();

    @Message
    String gapNoMember();

    @Message
    String gapNoSkill();

    @Message
    String coverageTitle(String month);

    @Message
    String coverageUnknown();

    @Message
    String handOverTitle();

    @Message
    String noHandOver();

    @Message
    String handOverLeave();

    @Message
    String handOverInactive();

    @Message
    String notGeneratedTitle();

    @Message
    String overloadedTitle();

    @Message
    String noOverloaded();

    @Message
    String overloaded(String name, long shifts, long fairShare);

    @Message
    String attendance(long checkedIn, long ended);

    @Message
    String doneGenerated();

    @Message
    String doneSwapAsked();

    @Message
    String doneSwapAccepted();

    @Message
    String doneSwapDeclined();

    @Message
    String doneSwapApproved();

    @Message
    String doneCheckedIn();

    @Message
    String doneCheckedOut();

    @Message
    String faultTooLong();

    @Message
    String faultNotOffered();

    @Message
    String faultCounterNotTheirs();

    @Message
    String faultPhone();

    @Message
    String faultCode();

    @Message
    String faultRule();

    @Message
    String faultOrder();

    @Message
    String faultRange();

    @Message
    String fieldRefused(String detail);

    @Message
    String problemRosterExists();

    @Message
    String problemOutsideCalendar();

    @Message
    String problemSwapPending();

    @Message
    String problemMemberInactive();

    @Message
    String problemSameMember();

    @Message
    String problemCounterShiftNotTheirs();

    @Message
    String problemSwapNotOpen();

    @Message
    String problemShiftChangedHands();

    @Message
    String problemTwiceADay();

    @Message
    String problemShiftAlreadyKept();

    @Message
    String problemNotOnThisShift();

    @Message
    String problemAlreadyCheckedIn();

    @Message
    String problemOutsideShift();

    @Message
    String problemNotCheckedIn();

    @Message
    String problemAlreadyCheckedOut();

    @Message
    String problemUnknownReference();

    @Message
    String problemClosureExists();

    @Message
    String problemNotAWorkingDay();

    @Message
    String problemMemberChanged();
}
