package io.huike.workbench.desk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reception desk's words: the visit form, its checks and the slips. Chinese in
 * {@code messages/desk.properties}, English in {@code messages/desk_en.properties}.
 */
@MessageBundle(value = "desk", locale = "zh")
public interface DeskMsg {

    @Message
    String title();

    @Message
    String onDutyNow();

    @Message
    String dutyUnknown();

    @Message
    String nobodyOnDuty();

    @Message
    String onDutyMark();

    @Message
    String recordVisit();

    @Message
    String errorsTitle();

    @Message
    String visitLegend();

    @Message
    String visitedAtLabel();

    @Message
    String peopleCountLabel();

    @Message
    String peopleCountHint();

    @Message
    String dutyMemberLabel();

    @Message
    String dutyMemberIdLabel();

    @Message
    String membersUnknown();

    @Message
    String chooseMember();

    @Message
    String roomLabel();

    @Message
    String noRoom();

    @Message
    String residentLegend();

    @Message
    String visitorNameLabel();

    @Message
    String visitorPhoneLabel();

    @Message
    String visitorPhoneHint();

    @Message
    String summaryLabel();

    @Message
    String summaryHint();

    @Message
    String mattersTitle();

    @Message
    String mattersHint();

    @Message
    String matterLegend(int number);

    @Message
    String categoryLabel();

    @Message
    String chooseCategory();

    @Message
    String urgencyLabel();

    @Message
    String gridLabel();

    @Message
    String noGrid();

    @Message
    String descriptionLabel();

    @Message
    String descriptionHint();

    @Message
    String removeMatter(int number);

    @Message
    String addMatter();

    @Message
    String noMoreMatters();

    @Message
    String save();

    @Message
    String possibleDuplicates();

    @Message
    String opensNewWindow();

    @Message
    String required();

    @Message
    String unreadableTime();

    @Message
    String peopleCountRange();

    @Message
    String phoneFormat();

    @Message
    String matterNeedsCategory();

    @Message
    String matterNeedsDescription();

    @Message
    String labelSeparator();

    @Message
    String matterField(int number, String field);

    @Message
    String slipsTitle();

    @Message
    String visitRecorded(int count);

    @Message
    String print();

    @Message
    String nextVisit();

    @Message
    String noMatters();

    @Message
    String slipHeading(String community);

    @Message
    String trackingNumberLabel();

    @Message
    String matterTitleLabel();

    @Message
    String registeredLabel();

    @Message
    String whatNext();

    @Message
    String firstContactBy(String when);

    @Message
    String feedbackBy(String when);

    @Message
    String howToLookUp();

    @Message
    String lookUpAt();

    @Message
    String lookUpWith();

    @Message
    String qrLabel();
}
