package io.huike.outreach.volunteers;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A resident or member signed up to volunteer. Carries no name and no availability note: those stay in this service.
 *
 * @param memberId the roster's member id when a member signed up; null for a resident
 * @param skills the volunteer's skills, in order
 */
@EventType("volunteer.signed-up.v1")
public record VolunteerSignedUp(
        UUID volunteerId,
        String memberId,
        List<String> skills,
        LocalDate availableFrom,
        LocalDate availableUntil,
        String signedUpBy,
        Instant signedUpAt) {}
