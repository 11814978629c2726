package io.huike.workbench.outreach;

import io.huike.workbench.outreach.client.ActivityKind;
import io.huike.workbench.outreach.client.ConcernRecord.ConcernStatus;
import io.huike.workbench.outreach.client.ContactOutcome;
import io.huike.workbench.outreach.client.HouseholdKind;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The outreach pages' words: my households and the four ones, the visit form, a visit's concerns and the call
 * lists. Chinese in {@code messages/outreach.properties}, English in {@code messages/outreach_en.properties}.
 */
@MessageBundle(value = "outreach", locale = "zh")
public interface OutreachMsg {

    @Message
    String title();

    @Message
    String myHouseholds(int year);

    @Message
    String memberUnknown();

    @Message
    String fourOnesTotal(int done, int owed);

    @Message
    String unnamedHousehold();

    @Message
    String allFourDone();

    @Message
    String stillOwed(int n);

    @Message
    String fourOnesLabel();

    @Message
    String doneOn(String day);

    @Message
    String owedWord();

    @Message
    String recordVisitFor(String name);

    @Message
    String openHousehold();

    @Message
    String noPairings();

    @Message
    String campaignsTitle();

    @Message
    String campaignsUnknown();

    @Message
    String dueBy(String day);

    @Message
    String campaignProgress(int targets, int notContacted, int percent);

    @Message
    String openCallList();

    @Message
    String noCampaigns();

    @Message
    String backToOutreach();

    @Message
    String aboutHousehold();

    @Message
    String householdKindLabel();

    @Message
    String householdKind(HouseholdKind kind);

    @Message
    String addressLabel();

    @Message
    String needsLabel();

    @Message
    String contactsTitle();

    @Message
    String fourOnesTitle();

    @Message
    String notPaired();

    @Message
    String recordVisit();

    @Message
    String errorsTitle();

    @Message
    String mayNotRecord();

    @Message
    String visitLegend();

    @Message
    String visitedOnLabel();

    @Message
    String visitedOnHint();

    @Message
    String kindAlreadySaved(String kind);

    @Message
    String kindLabel();

    @Message
    String kindHint();

    @Message
    String kindNone();

    @Message
    String kind(ActivityKind kind);

    @Message
    String owedMark();

    @Message
    String notesLabel();

    @Message
    String notesHint();

    @Message
    String concernLegend();

    @Message
    String concernHint();

    @Message
    String concernCategoryLabel();

    @Message
    String noConcern();

    @Message
    String concernUrgencyLabel();

    @Message
    String concernDescriptionLabel();

    @Message
    String concernDescriptionHint();

    @Message
    String saveVisit();

    @Message
    String recentVisits();

    @Message
    String visitsUnknown();

    @Message
    String visitOn(String day);

    @Message
    String concernCount(int count);

    @Message
    String noVisits();

    @Message
    String visitTitle();

    @Message
    String backToHousehold(String name);

    @Message
    String backToHouseholdUnnamed();

    @Message
    String visitSaved();

    @Message
    String countedFor(String kind);

    @Message
    String concernsWillBecomeCases();

    @Message
    String visitFacts();

    @Message
    String householdLabel();

    @Message
    String recordedAtLabel();

    @Message
    String concernsTitle();

    @Message
    String concernStatus(ConcernStatus status);

    @Message
    String caseNumber();

    @Message
    String outcomeLabel();

    @Message
    String closedOn(String day);

    @Message
    String resultLabel();

    @Message
    String crossedOffOn(String day);

    @Message
    String tellHousehold();

    @Message
    String toldOnLabel();

    @Message
    String crossOffNoteLabel();

    @Message
    String crossOffButton();

    @Message
    String crossedOffSaved();

    @Message
    String toldOnNotADay();

    @Message
    String noConcerns();

    @Message
    String stillToCall(long n);

    @Message
    String percentDone(int percent);

    @Message
    String goToPerson();

    @Message
    String mayNotRecordContacts();

    @Message
    String callListTitle();

    @Message
    String unnamedPerson();

    @Message
    String outcome(ContactOutcome outcome);

    @Message
    String notContacted();

    @Message
    String contactSaved();

    @Message
    String noteLabel();

    @Message
    String markAs(String name);

    @Message
    String markReached();

    @Message
    String markNotReached();

    @Message
    String markDone();

    @Message
    String markRefused();

    @Message
    String nobodyListed();

    @Message
    String required();

    @Message
    String unreadableDay();

    @Message
    String dayInFuture();

    @Message
    String unreadableChoice();

    @Message
    String kindNeedsPairing();

    @Message
    String tooLong(int max);

    @Message
    String concernNeedsCategory();

    @Message
    String concernNeedsDescription();

    @Message
    String noPersonalNumbers();

    @Message
    String labelSeparator();

    @Message
    String noMemberToRecord();

    @Message
    String chooseOutcome();
}
