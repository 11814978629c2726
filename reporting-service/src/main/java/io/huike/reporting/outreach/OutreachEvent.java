package io.huike.reporting.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The outreach events this service reads, each as a small record of only the fields it needs. */
public sealed interface OutreachEvent {

    /** Event type → the record its payload is read into. */
    Map<String, Class<? extends OutreachEvent>> TYPES = Map.of(
            "pairing.established.v1", PairingEstablished.class,
            "pairing.ended.v1", PairingEnded.class,
            "outreach-activity.recorded.v1", ActivityRecorded.class,
            "campaign.contact-recorded.v1", CampaignContact.class);

    /** {@code pairing.established.v1}: a member paired with a household from a day on. */
    record PairingEstablished(UUID pairingId, String memberId, String householdKind, LocalDate startDate)
            implements OutreachEvent {}

    /** {@code pairing.ended.v1}: the pairing's last day. */
    record PairingEnded(UUID pairingId, LocalDate endDate) implements OutreachEvent {}

    /** {@code outreach-activity.recorded.v1}: an activity done for a pairing, and on which day. */
    record ActivityRecorded(UUID activityId, UUID pairingId, String kind, LocalDate doneOn) implements OutreachEvent {}

    /** {@code campaign.contact-recorded.v1}: one contact with a campaign's target, and its outcome. */
    record CampaignContact(UUID campaignId, UUID targetId, String outcome, Instant contactedAt)
            implements OutreachEvent {}
}
