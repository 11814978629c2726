package io.huike.reporting.outreach;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import io.huike.reporting.live.FiguresChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reporting's read model of the outreach service's events, which the four ones, campaign progress and the volunteer
 * figures are counted from: pairings with their dates, the activities done for them, each contact of a notification
 * campaign, volunteers with the day they signed up, and each volunteer's hours in each volunteer activity. Each event
 * fills in its own part, so the order of arrival does not matter; each is announced so that live views refresh.
 */
@ApplicationScoped
public class OutreachProjection {

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final Event<FiguresChanged> changes;

    OutreachProjection(EntityManager entityManager, EventCodec codec, Event<FiguresChanged> changes) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.changes = changes;
    }

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        Class<? extends OutreachEvent> type = OutreachEvent.TYPES.get(event.type());
        if (type == null) {
            return;
        }
        OutreachEvent data = codec.data(event, type);
        if (data instanceof OutreachEvent.PairingEstablished p) {
            entityManager
                    .createNativeQuery("""
                    insert into pairing (pairing_id, community_id, member_id, household_kind, start_date)
                    values (?1, ?2, ?3, ?4, ?5)
                    on conflict (pairing_id) do update set member_id = excluded.member_id,
                        household_kind = excluded.household_kind, start_date = excluded.start_date""")
                    .setParameter(1, p.pairingId())
                    .setParameter(2, event.community())
                    .setParameter(3, p.memberId())
                    .setParameter(4, p.householdKind())
                    .setParameter(5, p.startDate())
                    .executeUpdate();
        } else if (data instanceof OutreachEvent.PairingEnded p) {
            entityManager
                    .createNativeQuery("""
                    insert into pairing (pairing_id, community_id, end_date) values (?1, ?2, ?3)
                    on conflict (pairing_id) do update set end_date = excluded.end_date""")
                    .setParameter(1, p.pairingId())
                    .setParameter(2, event.community())
                    .setParameter(3, p.endDate())
                    .executeUpdate();
        } else if (data instanceof OutreachEvent.ActivityRecorded a) {
            entityManager
                    .createNativeQuery("""
                    insert into outreach_activity (activity_id, pairing_id, community_id, kind, done_on)
                    values (?1, ?2, ?3, ?4, ?5) on conflict (activity_id) do nothing""")
                    .setParameter(1, a.activityId())
                    .setParameter(2, a.pairingId())
                    .setParameter(3, event.community())
                    .setParameter(4, a.kind())
                    .setParameter(5, a.doneOn())
                    .executeUpdate();
        } else if (data instanceof OutreachEvent.CampaignContact c) {
            entityManager
                    .createNativeQuery("""
                    insert into campaign_contact (event_id, campaign_id, target_id, community_id, outcome, contacted_at,
                        sequence)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (event_id) do nothing""")
                    .setParameter(1, event.id())
                    .setParameter(2, c.campaignId())
                    .setParameter(3, c.targetId())
                    .setParameter(4, event.community())
                    .setParameter(5, c.outcome())
                    .setParameter(6, c.contactedAt())
                    .setParameter(7, event.sequence())
                    .executeUpdate();
        } else if (data instanceof OutreachEvent.VolunteerSignedUp v) {
            entityManager
                    .createNativeQuery("""
                    insert into volunteer (volunteer_id, community_id, member_id, signed_up_at)
                    values (?1, ?2, ?3, ?4) on conflict (volunteer_id) do nothing""")
                    .setParameter(1, v.volunteerId())
                    .setParameter(2, event.community())
                    .setParameter(3, v.memberId())
                    .setParameter(4, v.signedUpAt())
                    .executeUpdate();
        } else if (data instanceof OutreachEvent.VolunteerActivityRecorded a) {
            for (OutreachEvent.VolunteerActivityRecorded.Served served : a.served()) {
                entityManager
                        .createNativeQuery("""
                        insert into volunteer_service (activity_id, volunteer_id, community_id, held_on, hours)
                        values (?1, ?2, ?3, ?4, ?5) on conflict (activity_id, volunteer_id) do nothing""")
                        .setParameter(1, a.activityId())
                        .setParameter(2, served.volunteerId())
                        .setParameter(3, event.community())
                        .setParameter(4, a.heldOn())
                        .setParameter(5, served.hours())
                        .executeUpdate();
            }
        }
        changes.fire(new FiguresChanged(event.community(), event.type()));
    }
}
