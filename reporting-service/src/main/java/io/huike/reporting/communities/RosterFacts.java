package io.huike.reporting.communities;

import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import io.huike.reporting.duty.DutyShifts;
import io.huike.reporting.live.FiguresChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Applies the roster's events: communities to the directory, duty shifts to the duty rows; announces each so that
 * live views refresh.
 */
@ApplicationScoped
public class RosterFacts {

    private final CommunityDirectory directory;
    private final DutyShifts dutyShifts;
    private final Event<FiguresChanged> changes;

    RosterFacts(CommunityDirectory directory, DutyShifts dutyShifts, Event<FiguresChanged> changes) {
        this.directory = directory;
        this.dutyShifts = dutyShifts;
        this.changes = changes;
    }

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        directory.apply(event, receipt);
        dutyShifts.apply(event, receipt);
        if (CommunityDirectory.TYPES.contains(event.type()) || DutyShifts.TYPES.contains(event.type())) {
            changes.fire(new FiguresChanged(event.community(), event.type()));
        }
    }
}
