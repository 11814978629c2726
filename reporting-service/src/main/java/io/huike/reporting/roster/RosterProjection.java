package io.huike.reporting.roster;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import io.huike.reporting.live.FiguresChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Duty shifts planned and kept (值班), the duty figures' read model of the roster's events: one row per shift, with
 * the member now on duty and the check-in when there was one. Any of the three events may arrive first; each fills in
 * its own part, and the member is taken from the event with the highest sequence. The month tally counts a shift
 * when its row is made and when it is first checked in. Each is announced so that live views refresh.
 */
@ApplicationScoped
public class RosterProjection {

    private static final Set<String> TYPES =
            Set.of("duty-shift.scheduled.v1", "duty-shift.swapped.v1", "duty.checked-in.v1");

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final Event<FiguresChanged> changes;

    RosterProjection(EntityManager entityManager, EventCodec codec, Event<FiguresChanged> changes) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.changes = changes;
    }

    /** MANDATORY: runs in the transaction that records the event in the inbox; other events change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        if (!TYPES.contains(event.type())) {
            return;
        }
        DutyShiftEvent shift = codec.data(event, DutyShiftEvent.class);
        boolean planned = ((Number) entityManager
                                .createNativeQuery("""
                insert into duty_shift (shift_id, community_id, shift_date, member_id, member_sequence)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (shift_id) do update set
                    member_id = case when excluded.member_sequence > duty_shift.member_sequence
                                     then excluded.member_id else duty_shift.member_id end,
                    member_sequence = greatest(duty_shift.member_sequence, excluded.member_sequence)
                returning case when xmax = 0 then 1 else 0 end""")
                                .setParameter(1, shift.shiftId())
                                .setParameter(2, event.community())
                                .setParameter(3, shift.date())
                                .setParameter(4, shift.memberId())
                                .setParameter(5, event.sequence())
                                .getSingleResult())
                        .intValue()
                == 1;
        long kept = 0;
        long late = 0;
        if ("duty.checked-in.v1".equals(event.type())) {
            Object[] before = (Object[]) entityManager
                    .createNativeQuery("""
                    with before as (select checked_in_at, late from duty_shift where shift_id = ?1 for update)
                    update duty_shift set checked_in_at = ?2, late = ?3 from before where shift_id = ?1
                    returning before.checked_in_at is null, before.late""")
                    .setParameter(1, shift.shiftId())
                    .setParameter(2, shift.checkedInAt())
                    .setParameter(3, Boolean.TRUE.equals(shift.late()))
                    .getSingleResult();
            kept = Boolean.TRUE.equals(before[0]) ? 1 : 0;
            late = (Boolean.TRUE.equals(shift.late()) ? 1 : 0) - (Boolean.TRUE.equals(before[1]) ? 1 : 0);
        }
        if (planned || kept != 0 || late != 0) {
            entityManager
                    .createNativeQuery("""
                    insert into duty_shift_month_tally (community_id, month, planned, kept, late)
                    values (?1, cast(date_trunc('month', cast(?2 as date)) as date), ?3, ?4, ?5)
                    on conflict (community_id, month) do update set
                        planned = duty_shift_month_tally.planned + excluded.planned,
                        kept = duty_shift_month_tally.kept + excluded.kept,
                        late = duty_shift_month_tally.late + excluded.late""")
                    .setParameter(1, event.community())
                    .setParameter(2, shift.date())
                    .setParameter(3, planned ? 1 : 0)
                    .setParameter(4, kept)
                    .setParameter(5, late)
                    .executeUpdate();
        }
        changes.fire(new FiguresChanged(event.community(), event.type()));
    }
}
