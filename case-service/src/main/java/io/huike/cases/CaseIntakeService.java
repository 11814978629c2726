package io.huike.cases;

import io.huike.cases.assignment.RosterCopy;
import io.huike.cases.deadlines.CaseDeadlines;
import io.huike.cases.deadlines.DeadlineCalculator;
import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Registers cases from every channel: the new row, its deadlines, its timeline's first line and its
 * {@code case.registered} event commit in one transaction.
 */
@ApplicationScoped
public class CaseIntakeService {

    /** Who the timeline and events name when the platform itself assigns a case. */
    static final String AUTO_ASSIGNMENT = "auto-assignment";

    private final CaseRepository cases;
    private final TrackingNumbers trackingNumbers;
    private final CaseDeadlines deadlines;
    private final RosterCopy roster;
    private final CaseSettings settings;
    private final Outbox outbox;
    private final HotlineTermsRepository hotlineTerms;

    CaseIntakeService(
            CaseRepository cases,
            TrackingNumbers trackingNumbers,
            CaseDeadlines deadlines,
            RosterCopy roster,
            CaseSettings settings,
            Outbox outbox,
            HotlineTermsRepository hotlineTerms) {
        this.cases = cases;
        this.trackingNumbers = trackingNumbers;
        this.deadlines = deadlines;
        this.roster = roster;
        this.settings = settings;
        this.outbox = outbox;
        this.hotlineTerms = hotlineTerms;
    }

    @Transactional
    public Case register(Case.NewCaseFacts facts) {
        return register(facts, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Registers a case typed in at {@code now}. A case raised earlier ({@code occurredAt}, from the paper log) is
     * registered at that time, which its deadlines, timeline and {@code case.registered} run from; a time in the
     * future or older than the community's paper log allows is refused naming {@code occurredAt}.
     */
    @Transactional
    public Case register(Case.NewCaseFacts facts, Instant now) {
        Instant occurred = facts.occurredAt() == null
                ? now
                : settings.paperLog(facts.communityId()).occurrence(facts.occurredAt(), now, "occurredAt");
        Urgency urgency = facts.matter().urgency() == null
                ? Urgency.NORMAL
                : facts.matter().urgency();
        Case.Deadlines due = deadlines.startingAt(
                occurred, facts.communityId(), facts.matter().category(), urgency);
        Optional<String> memberOnDuty = roster.memberFor(
                facts.matter().category(), facts.communityId(), facts.origin().roomId(), now);
        String prefix = roster.codeOf(facts.communityId()).orElse(facts.communityId());
        // The community's counter row stays locked until commit, so the number is taken as late as possible.
        String trackingNumber = trackingNumbers.next(
                facts.communityId(),
                prefix,
                occurred.atZone(DeadlineCalculator.COMMUNITY_ZONE).getYear());
        Case.Registration registration = Case.register(facts, trackingNumber, due, occurred, now);
        Case registered = registration.registered();
        long registeredSequence = registered.sequence();
        if (facts.channel() == Channel.HOTLINE_12345) {
            // The hotline's client is who registers its orders; its terms of the moment bind this order.
            registered.takeHotlineOrder(HotlineOrder.dispatched(
                    facts.registeredBy(), hotlineTerms.limitsOf(facts.registeredBy()), occurred));
        }
        // The member on duty now whose skills fit takes the case; without one it waits in the admin's queue. Also for a
        // case from the paper log: the case is handled from now on, by whoever is on duty now. Assigned before it is
        // persisted, so that its row is inserted as it ends up rather than inserted and then updated.
        Optional<CaseAssigned> assigned =
                memberOnDuty.map(member -> registered.assign(member, true, AUTO_ASSIGNMENT, now));
        assigned.ifPresent(event -> registered.changedBy(AUTO_ASSIGNMENT, now));
        cases.persist(registered);
        cases.getEntityManager()
                .persist(new TimelineEntry(
                        registered,
                        occurred,
                        now,
                        facts.registeredBy(),
                        TimelineKind.ACTION,
                        true,
                        "Registered via " + facts.channel() + " as " + trackingNumber));
        List<Object> events = new ArrayList<>(List.of(registration.event()));
        memberOnDuty.ifPresent(member -> cases.getEntityManager()
                .persist(new TimelineEntry(
                        registered,
                        now,
                        AUTO_ASSIGNMENT,
                        TimelineKind.ACTION,
                        false,
                        "Assigned to " + member + ", on duty with fitting skills")));
        assigned.ifPresent(events::add);
        // One statement for both events: case.registered (sequence 1), then case.assigned when there is one.
        outbox.appendAll(registered.id().toString(), registered.communityId(), registeredSequence, events);
        return registered;
    }
}
