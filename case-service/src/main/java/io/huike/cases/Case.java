package io.huike.cases;

import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.refusals.StaleVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One matter raised by residents (事项), tracked from registration to closing. Every change goes through a method
 * here that checks the lifecycle, applies the change and returns the one event that tells the others.
 */
@Entity
@Table(name = "cases")
public class Case {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Column(name = "tracking_number", nullable = false, updatable = false)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Column(name = "grid_id")
    private String gridId;

    private String title;
    private String description;

    @Column(name = "reception_visit_id")
    private UUID receptionVisitId;

    @Column(name = "concern_id")
    private UUID concernId;

    @Column(name = "hotline_reference")
    private String hotlineReference;

    /** Where the matter is, when the channel says so (Open311): an address, a point, or both. */
    private String address;

    private Double latitude;
    private Double longitude;

    @Column(name = "resident_name")
    private String residentName;

    @Column(name = "resident_phone")
    private String residentPhone;

    @Column(name = "resident_id_number")
    private String residentIdNumber;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Column(name = "assignee_id")
    private String assigneeId;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    /** When the case was typed in: later than {@code registeredAt} for an entry from the paper log. */
    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    /** Who made the latest change (its version), and when it was made: what a stale edit is told. */
    @Column(name = "last_changed_by", nullable = false)
    private String lastChangedBy;

    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    @Column(name = "first_contact_due_at")
    private Instant firstContactDueAt;

    @Column(name = "feedback_due_at")
    private Instant feedbackDueAt;

    @Column(name = "first_contact_at")
    private Instant firstContactAt;

    @Column(name = "first_contact_overdue")
    private boolean firstContactOverdue;

    @Column(name = "feedback_overdue")
    private boolean feedbackOverdue;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "referred_to")
    private String referredTo;

    @Column(name = "actions_taken")
    private String actionsTaken;

    @Column(name = "duplicate_of")
    private UUID duplicateOf;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_method")
    private ContactMethod feedbackMethod;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    @Column(name = "feedback_comment")
    private String feedbackComment;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "reopen_count")
    private int reopenCount;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "pending_extension_kind")
    private DeadlineKind pendingExtensionKind;

    @Column(name = "pending_extension_until")
    private Instant pendingExtensionUntil;

    @Column(name = "pending_extension_reason")
    private String pendingExtensionReason;
    /** Two-character pieces of title and description, for search in Chinese text. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_bigrams", columnDefinition = "text[]")
    private String[] searchBigrams;
    /** The version its events carry; one more with every event. */
    private long sequence;

    /** Where the case stands with the 12345 hotline, when it is the hotline's work order. */
    @Embedded
    private HotlineOrder hotlineOrder = HotlineOrder.none();

    @Version
    private long version;

    protected Case() {}

    /**
     * Registers a new case raised at {@code occurredAt} (now, or earlier for an entry from the paper log) and typed
     * in {@code now}; its deadlines run from when it was raised. The event is what the outbox publishes.
     */
    public static Registration register(
            NewCaseFacts facts, String trackingNumber, Deadlines deadlines, Instant occurredAt, Instant now) {
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.communityId = facts.communityId();
        c.trackingNumber = trackingNumber;
        c.channel = facts.channel();
        c.category = facts.matter().category();
        c.urgency = facts.matter().urgency() == null
                ? Urgency.NORMAL
                : facts.matter().urgency();
        c.gridId = facts.matter().gridId();
        c.title = facts.matter().title();
        c.description = facts.matter().description();
        c.receptionVisitId = facts.origin().receptionVisitId();
        c.concernId = facts.origin().concernId();
        c.hotlineReference = facts.origin().hotlineReference();
        if (facts.place() != null) {
            c.address = facts.place().address();
            c.latitude = facts.place().latitude();
            c.longitude = facts.place().longitude();
        }
        c.residentName = facts.resident().name();
        c.residentPhone = facts.resident().phone();
        c.residentIdNumber = facts.resident().idNumber();
        c.status = CaseStatus.REGISTERED;
        c.registeredAt = occurredAt;
        c.registeredBy = facts.registeredBy();
        c.enteredAt = now;
        c.enteredBy = facts.registeredBy();
        c.lastChangedBy = c.enteredBy;
        c.lastChangedAt = now;
        c.firstContactDueAt = deadlines.firstContactDueAt();
        c.feedbackDueAt = deadlines.feedbackDueAt();
        c.searchBigrams = SearchText.bigrams(c.title + " " + c.description).toArray(String[]::new);
        c.sequence = 1;
        CaseRegistered event = new CaseRegistered(
                c.id,
                trackingNumber,
                c.channel,
                c.category,
                c.urgency,
                c.title,
                c.gridId,
                c.receptionVisitId,
                c.concernId,
                c.hotlineReference,
                c.registeredAt,
                c.registeredBy,
                c.firstContactDueAt,
                c.feedbackDueAt);
        return new Registration(c, event);
    }

    /** A new case together with the event that announces it. */
    public record Registration(Case registered, CaseRegistered event) {}

    /**
     * What is known of a case when it is registered, from whichever channel.
     *
     * @param occurredAt when the matter was raised, if earlier than now (an entry from the paper log); null for now
     */
    public record NewCaseFacts(
            String communityId,
            Channel channel,
            Matter matter,
            Resident resident,
            Origin origin,
            String registeredBy,
            Instant occurredAt,
            Place place) {

        /** A matter raised at {@code occurredAt}, with no place given. */
        public NewCaseFacts(
                String communityId,
                Channel channel,
                Matter matter,
                Resident resident,
                Origin origin,
                String registeredBy,
                Instant occurredAt) {
            this(communityId, channel, matter, resident, origin, registeredBy, occurredAt, null);
        }

        /** A matter raised now. */
        public NewCaseFacts(
                String communityId,
                Channel channel,
                Matter matter,
                Resident resident,
                Origin origin,
                String registeredBy) {
            this(communityId, channel, matter, resident, origin, registeredBy, null);
        }
    }

    /** What the resident brings: the kind of matter, how urgent, where, in their words. */
    public record Matter(Category category, Urgency urgency, String gridId, String title, String description) {

        /** The title given, or else the description's first line cut to 40 characters. */
        public static String titleOf(String title, String description) {
            if (title != null && !title.isBlank()) {
                return title.strip();
            }
            String firstLine = description.strip().lines().findFirst().orElse("");
            return firstLine.codePointCount(0, firstLine.length()) <= 40
                    ? firstLine
                    : firstLine.substring(0, firstLine.offsetByCodePoints(0, 40)) + "…";
        }
    }

    /** Where the matter is: an address, a point (WGS 84 degrees), or both; any part may be unknown. */
    public record Place(String address, Double latitude, Double longitude) {}

    /** Who brought the matter; any part may be unknown (a concern found on a home visit names no one). */
    public record Resident(String name, String phone, String idNumber) {

        public static final Resident UNKNOWN = new Resident(null, null, null);
    }

    /** Where the matter came in: a reception visit (in a room), a home-visit concern, a hotline work order, the desk. */
    public record Origin(UUID receptionVisitId, String roomId, UUID concernId, String hotlineReference) {

        public static final Origin DESK = new Origin(null, null, null, null);

        public static Origin receptionVisit(UUID visitId, String roomId) {
            return new Origin(visitId, roomId, null, null);
        }

        public static Origin concern(UUID concernId) {
            return new Origin(null, null, concernId, null);
        }

        public static Origin hotline(String hotlineReference) {
            return new Origin(null, null, null, hotlineReference);
        }
    }

    /** The two due instants of a case. */
    public record Deadlines(Instant firstContactDueAt, Instant feedbackDueAt) {}

    public CaseAssigned assign(String memberId, boolean automatic, String by, Instant now) {
        move(CaseAction.ASSIGN);
        assigneeId = memberId;
        return new CaseAssigned(id, memberId, automatic, by, now);
    }

    public CaseHandlingStarted start(String handler, ContactMethod method, Instant now) {
        move(CaseAction.START);
        boolean first = firstContactAt == null;
        if (first) {
            firstContactAt = now;
        }
        return new CaseHandlingStarted(id, handler, method, first, now);
    }

    public CaseReferred refer(
            UUID referralId, String body, String theirReference, LocalDate expectedReplyBy, Instant now) {
        move(CaseAction.REFER);
        return new CaseReferred(id, referralId, body, theirReference, expectedReplyBy, now);
    }

    /**
     * Records the outside body's reply to a referral made at {@code referredAt}; the reply comes after it, and no
     * longer ago than the community's paper log allows.
     */
    public CaseReferralAnswered answerReferral(
            UUID referralId, String body, Instant referredAt, Instant repliedAt, PaperLog paperLog, Instant now) {
        next(CaseAction.ANSWER_REFERRAL);
        ReportedTimes.requireBetween(repliedAt, referredAt, "the referral", now, "repliedAt");
        paperLog.requireRecent(repliedAt, now, "repliedAt");
        move(CaseAction.ANSWER_REFERRAL);
        return new CaseReferralAnswered(id, referralId, body, repliedAt, now);
    }

    public CaseEscalated escalate(YearMonth meetingMonth, String reason, Instant now) {
        move(CaseAction.ESCALATE);
        return new CaseEscalated(id, meetingMonth, reason, now);
    }

    public CaseEscalationAnswered answerEscalation(String decision, Instant now) {
        move(CaseAction.ANSWER_ESCALATION);
        return new CaseEscalationAnswered(id, decision, now);
    }

    /** Ends the handling with an honest outcome; each outcome names what it needs. */
    public CaseResolved resolve(
            Outcome result, String reason, String referredElsewhere, String whatWasDone, Instant now) {
        next(CaseAction.RESOLVE);
        switch (result) {
            case NOT_RESOLVABLE, PARTLY_RESOLVED ->
                require(reason, "reason", "say why the matter cannot be (fully) solved");
            case REFERRED_ELSEWHERE -> require(referredElsewhere, "referredTo", "say which body the matter belongs to");
            case DUPLICATE -> {
                if (duplicateOf == null) {
                    throw new CaseRuleViolation("outcome", "link the case to the one it duplicates first");
                }
            }
            case RESOLVED -> {}
        }
        require(whatWasDone, "actionsTaken", "say what was done, so the resident can be told");
        move(CaseAction.RESOLVE);
        outcome = result;
        outcomeReason = reason;
        referredTo = referredElsewhere;
        actionsTaken = whatWasDone;
        resolvedAt = now;
        return new CaseResolved(id, outcome, reason, referredElsewhere, duplicateOf, now);
    }

    /** Records that the resident was told, at {@code toldAt}: after the case was raised, within the paper log. */
    public CaseFeedbackGiven giveFeedback(
            ContactMethod method, Instant toldAt, Satisfaction said, String comment, PaperLog paperLog, Instant now) {
        next(CaseAction.GIVE_FEEDBACK);
        if (reopenedAt == null) {
            ReportedTimes.requireBetween(toldAt, registeredAt, "the case's registration", now, "toldAt");
        } else {
            ReportedTimes.requireBetween(toldAt, reopenedAt, "the case's reopening", now, "toldAt");
        }
        paperLog.requireRecent(toldAt, now, "toldAt");
        move(CaseAction.GIVE_FEEDBACK);
        feedbackMethod = method;
        feedbackAt = toldAt;
        satisfaction = said;
        feedbackComment = comment;
        return new CaseFeedbackGiven(id, method, toldAt, said, now);
    }

    public CaseClosed close(String by, Instant now) {
        move(CaseAction.CLOSE);
        closedAt = now;
        closedBy = by;
        return new CaseClosed(id, trackingNumber, outcome, actionsTaken, satisfaction, now, by);
    }

    /** Reopens after the resident was not satisfied; the clock restarts from now. */
    public CaseReopened reopen(String reason, Deadlines restarted, Instant now) {
        require(reason, "reason", "say what the resident is not satisfied with");
        move(CaseAction.REOPEN);
        reopenCount++;
        reopenedAt = now;
        firstContactAt = null;
        firstContactDueAt = restarted.firstContactDueAt();
        feedbackDueAt = restarted.feedbackDueAt();
        firstContactOverdue = false;
        feedbackOverdue = false;
        outcome = null;
        outcomeReason = null;
        referredTo = null;
        resolvedAt = null;
        satisfaction = null;
        feedbackAt = null;
        feedbackMethod = null;
        closedAt = null;
        closedBy = null;
        return new CaseReopened(id, reopenCount, reason, now, firstContactDueAt, feedbackDueAt);
    }

    /** Marks this case as a duplicate of another of the same community; it will be resolved with the same answer. */
    public CaseDuplicateLinked linkAsDuplicateOf(Case original, String by, Instant now) {
        if (original.id.equals(id)) {
            throw new CaseRuleViolation("duplicateOf", "a case cannot duplicate itself");
        }
        if (!original.communityId.equals(communityId)) {
            throw new CaseRuleViolation("duplicateOf", "no such case in this community");
        }
        if (original.duplicateOf != null) {
            throw new CaseRuleViolation("duplicateOf", "link to the original case, not to another duplicate");
        }
        if (status == CaseStatus.RESOLVED || status == CaseStatus.FEEDBACK_GIVEN || status == CaseStatus.CLOSED) {
            throw new CaseRuleViolation("duplicateOf", "only a case not yet resolved can be linked as a duplicate");
        }
        duplicateOf = original.id;
        sequence++;
        return new CaseDuplicateLinked(id, original.id, by, now);
    }

    /** Takes on a 12345 work order dispatched under its hotline's terms; at registration only. */
    public void takeHotlineOrder(HotlineOrder order) {
        if (channel != Channel.HOTLINE_12345 || hotlineOrder.exists()) {
            throw new IllegalStateException("Only a hotline case takes a work order, once");
        }
        hotlineOrder = order;
    }

    /** Signs for the work order (签收). */
    public HotlineOrderAcknowledged acknowledgeHotlineOrder(String by, Instant now) {
        HotlineOrder order = requireHotlineOrder();
        order.acknowledge(by, now);
        sequence++;
        return new HotlineOrderAcknowledged(
                id, hotlineReference, now, order.acknowledgeDue(), order.acknowledgementLate(now), by);
    }

    /** Returns the work order to the hotline as not this community's (退单): the case ends with that outcome. */
    public CaseReturnedToHotline returnToHotline(String reason, String by, Instant now) {
        HotlineOrder order = requireHotlineOrder();
        next(CaseAction.RETURN_TO_HOTLINE);
        order.returnToHotline(reason, now);
        move(CaseAction.RETURN_TO_HOTLINE);
        outcome = Outcome.RETURNED_TO_HOTLINE;
        outcomeReason = order.returnReason();
        closedAt = now;
        closedBy = by;
        pendingExtensionKind = null;
        pendingExtensionUntil = null;
        pendingExtensionReason = null;
        return new CaseReturnedToHotline(id, trackingNumber, hotlineReference, order.returnReason(), now, by);
    }

    /** Tells the hotline the result (回复), once the handling has ended with an outcome. */
    public HotlineReplied replyToHotline(String text, String by, Instant now) {
        HotlineOrder order = requireHotlineOrder();
        if (status != CaseStatus.RESOLVED) {
            throw new CaseRuleViolation("hotlineOrder", "reply once the case is resolved; it is " + status);
        }
        order.reply(text, now);
        sequence++;
        return new HotlineReplied(id, hotlineReference, outcome, order.reply(), now, by);
    }

    /** The extension asked for, as the hotline is to decide it. */
    public HotlineExtensionRequested extensionAskedOfHotline(String by, Instant now) {
        requireHotlineOrder();
        if (pendingExtensionKind == null) {
            throw new IllegalStateException("No extension was asked for");
        }
        sequence++;
        return new HotlineExtensionRequested(
                id,
                hotlineReference,
                pendingExtensionKind,
                dueAt(pendingExtensionKind),
                pendingExtensionUntil,
                pendingExtensionReason,
                now,
                by);
    }

    /** The hotline refused the extension asked for; the deadline stays. */
    public HotlineExtensionRefused refuseExtension(String note, Instant now) {
        requireHotlineOrder();
        if (pendingExtensionKind == null) {
            throw new CaseRuleViolation("extension", "no extension has been asked for");
        }
        HotlineExtensionRefused event = new HotlineExtensionRefused(
                id, hotlineReference, pendingExtensionKind, pendingExtensionUntil, note, now);
        pendingExtensionKind = null;
        pendingExtensionUntil = null;
        pendingExtensionReason = null;
        sequence++;
        return event;
    }

    /**
     * The hotline called the resident back (回访) at {@code calledAt}: that is the resident's feedback. When they were
     * not satisfied the hotline sends the order back to be done again (重办): the case reopens, its clocks restart
     * and the order must be signed for anew. The events in the order they happened.
     */
    public List<Object> hotlineCalledBack(
            Satisfaction said,
            String comment,
            Instant calledAt,
            PaperLog paperLog,
            Deadlines restarted,
            Duration acknowledgeWithin,
            Instant now) {
        boolean redo = said == Satisfaction.UNSATISFIED;
        requireHotlineOrder().calledBack(redo, acknowledgeWithin, now);
        CaseFeedbackGiven feedback = giveFeedback(ContactMethod.PHONE, calledAt, said, comment, paperLog, now);
        if (!redo) {
            return List.of(feedback);
        }
        String reason = "12345 回访不满意，重办" + (comment == null || comment.isBlank() ? "" : ": " + comment.strip());
        return List.of(feedback, reopen(reason, restarted, now));
    }

    private HotlineOrder requireHotlineOrder() {
        if (!hotlineOrder.exists()) {
            throw new CaseRuleViolation("hotlineOrder", "this case is not a 12345 work order");
        }
        return hotlineOrder;
    }

    /** The actions the case's status allows it; returning to the hotline only for a work order. */
    public Set<CaseAction> allowedActions() {
        return CaseLifecycle.allowed(status, hotlineOrder.exists()).keySet();
    }

    /** The status an action leads this case to, or a refusal naming what is allowed to it instead. */
    private CaseStatus next(CaseAction action) {
        return CaseLifecycle.next(status, action, hotlineOrder.exists());
    }

    /** A handler asks for more time before the deadline passes; an admin decides. */
    public void requestExtension(DeadlineKind kind, Instant until, String reason, Instant now) {
        Instant current = dueAt(kind);
        if (!status.isOpen() || current == null) {
            throw new CaseRuleViolation("deadline", "this deadline no longer runs");
        }
        if (now.isAfter(current)) {
            throw new CaseRuleViolation("deadline", "an extension must be asked for before the deadline passes");
        }
        if (!until.isAfter(current)) {
            throw new CaseRuleViolation("until", "must be later than the current deadline " + current);
        }
        require(reason, "reason", "say why more time is needed");
        pendingExtensionKind = kind;
        pendingExtensionUntil = until;
        pendingExtensionReason = reason;
    }

    public CaseExtended approveExtension(String admin) {
        if (pendingExtensionKind == null) {
            throw new CaseRuleViolation("extension", "no extension has been asked for");
        }
        DeadlineKind kind = pendingExtensionKind;
        Instant previous = dueAt(kind);
        if (kind == DeadlineKind.FIRST_CONTACT) {
            firstContactDueAt = pendingExtensionUntil;
            firstContactOverdue = false;
        } else {
            feedbackDueAt = pendingExtensionUntil;
            feedbackOverdue = false;
        }
        CaseExtended event = new CaseExtended(id, kind, previous, pendingExtensionUntil, pendingExtensionReason, admin);
        pendingExtensionKind = null;
        pendingExtensionUntil = null;
        pendingExtensionReason = null;
        sequence++;
        return event;
    }

    /**
     * The next deadline that has passed unmet and was not yet announced, if any; each is announced exactly once.
     * Call until empty: each call that finds one moves the case's sequence on by one.
     */
    public java.util.Optional<CaseOverdue> markOverdue(Instant now) {
        if (!firstContactOverdue && firstContactLate(now)) {
            firstContactOverdue = true;
            sequence++;
            return java.util.Optional.of(new CaseOverdue(id, DeadlineKind.FIRST_CONTACT, firstContactDueAt, now));
        }
        if (!feedbackOverdue && feedbackLate(now)) {
            feedbackOverdue = true;
            sequence++;
            return java.util.Optional.of(new CaseOverdue(id, DeadlineKind.FEEDBACK, feedbackDueAt, now));
        }
        return java.util.Optional.empty();
    }

    /** Whether a deadline has passed unmet at this moment. */
    public boolean isOverdue(Instant now) {
        return firstContactLate(now) || feedbackLate(now);
    }

    /**
     * The first contact is not made while the case is open and its deadline has passed. {@link CaseQueries} states
     * the same rule in SQL; {@code DeadlineRulesInSqlTest} holds the two together.
     */
    public boolean firstContactLate(Instant now) {
        return status.isOpen() && passedUnmet(DeadlineKind.FIRST_CONTACT, now);
    }

    /** The resident still waits for the result after the feedback deadline; also stated in SQL by {@link CaseQueries}. */
    public boolean feedbackLate(Instant now) {
        return passedUnmet(DeadlineKind.FEEDBACK, now);
    }

    /** The deadline of this kind passed before it was met: what a case's view shows of each deadline. */
    public boolean passedUnmet(DeadlineKind kind, Instant now) {
        Instant due = dueAt(kind);
        return due != null && now.isAfter(due);
    }

    /** When the deadline of this kind falls, until it is met; the feedback deadline only while the resident waits. */
    public Instant dueAt(DeadlineKind kind) {
        return kind == DeadlineKind.FIRST_CONTACT
                ? (firstContactAt == null ? firstContactDueAt : null)
                : (status.awaitsFeedback() ? feedbackDueAt : null);
    }

    /** Notes who made the change just applied, and when: a later edit from an older version is told. */
    public void changedBy(String actor, Instant now) {
        lastChangedBy = actor;
        lastChangedAt = now;
    }

    /**
     * Refuses a change made from {@code expectedVersion} when the case has moved on since, saying who moved it on and
     * when, so that the caller knows whose change to read before trying again.
     */
    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("currentVersion", version);
            facts.put("changedBy", lastChangedBy);
            facts.put("changedAt", lastChangedAt);
            facts.values().removeIf(java.util.Objects::isNull);
            throw new StaleVersion(expectedVersion, version, facts);
        }
    }

    private void move(CaseAction action) {
        status = next(action);
        sequence++;
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(field, message);
        }
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Channel channel() {
        return channel;
    }

    public Category category() {
        return category;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String gridId() {
        return gridId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public UUID receptionVisitId() {
        return receptionVisitId;
    }

    public UUID concernId() {
        return concernId;
    }

    public String hotlineReference() {
        return hotlineReference;
    }

    public String address() {
        return address;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String residentName() {
        return residentName;
    }

    public String residentPhone() {
        return residentPhone;
    }

    public String residentIdNumber() {
        return residentIdNumber;
    }

    public CaseStatus status() {
        return status;
    }

    public String assigneeId() {
        return assigneeId;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public String enteredBy() {
        return enteredBy;
    }

    /** Whether the case was typed in later than it was raised (from the paper log, or after the visit). */
    public boolean enteredLater() {
        return !enteredAt.equals(registeredAt);
    }

    public String lastChangedBy() {
        return lastChangedBy;
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    public Instant firstContactDueAt() {
        return firstContactDueAt;
    }

    public Instant feedbackDueAt() {
        return feedbackDueAt;
    }

    public Instant firstContactAt() {
        return firstContactAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String outcomeReason() {
        return outcomeReason;
    }

    public String referredTo() {
        return referredTo;
    }

    public String actionsTaken() {
        return actionsTaken;
    }

    public UUID duplicateOf() {
        return duplicateOf;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public ContactMethod feedbackMethod() {
        return feedbackMethod;
    }

    public Instant feedbackAt() {
        return feedbackAt;
    }

    public Satisfaction satisfaction() {
        return satisfaction;
    }

    public String feedbackComment() {
        return feedbackComment;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public DeadlineKind pendingExtensionKind() {
        return pendingExtensionKind;
    }

    public Instant pendingExtensionUntil() {
        return pendingExtensionUntil;
    }

    public String pendingExtensionReason() {
        return pendingExtensionReason;
    }

    public HotlineOrder hotlineOrder() {
        return hotlineOrder;
    }

    public long sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }
}
