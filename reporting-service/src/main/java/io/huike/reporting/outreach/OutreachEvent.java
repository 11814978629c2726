package io.huike.reporting.outreach;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outreach events this service reads, each as a small record of only the fields it needs. */
public sealed interface OutreachEvent {

    /** Event type → the record its payload is read into. */
    Map<String, Class<? extends OutreachEvent>> TYPES = Map.of(
            "pairing.established.v1", PairingEstablished.class,
            "pairing.ended.v1", PairingEnded.class,
            "outreach-activity.recorded.v1", ActivityRecorded.class,
            "campaign.contact-recorded.v1", CampaignContact.class,
            "volunteer.signed-up.v1", VolunteerSignedUp.class,
            "volunteer-activity.recorded.v1", VolunteerActivityRecorded.class);

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

    /** {@code volunteer.signed-up.v1}: a resident (no member id) or member signed up to volunteer, and when. */
    record VolunteerSignedUp(UUID volunteerId, String memberId, Instant signedUpAt) implements OutreachEvent {}

    /** {@code volunteer-activity.recorded.v1}: a volunteer activity's day and each volunteer's hours in it. */
    record VolunteerActivityRecorded(UUID activityId, LocalDate heldOn, List<Served> served) implements OutreachEvent {

        /** One volunteer's hours in the activity. */
        public record Served(UUID volunteerId, BigDecimal hours) {}
    }
}
