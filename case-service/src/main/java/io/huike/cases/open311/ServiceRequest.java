package io.huike.cases.open311;

import io.huike.cases.Case;
import io.huike.cases.Referral;
import io.huike.cases.TimelineEntry;
import io.huike.kernel.personaldata.PersonalNumbers;
import java.util.List;

/**
 * A case as Open311 shows it. What its resident would not be shown stays out: only the timeline lines shared with the
 * resident give {@code statusNotes}, and residents' numbers written into free text are masked.
 *
 * @param serviceRequestId the case's tracking number
 * @param statusNotes the latest line of the timeline shared with the resident
 * @param agencyResponsible the body the case was last referred to, if any
 * @param expectedDatetime when the resident is to be told the result (the feedback deadline), while that runs
 * @param mediaUrl the link to the photo an Open311 request came with, if any
 */
public record ServiceRequest(
        String serviceRequestId,
        String status,
        String statusNotes,
        String serviceName,
        String serviceCode,
        String description,
        String agencyResponsible,
        String serviceNotice,
        String requestedDatetime,
        String updatedDatetime,
        String expectedDatetime,
        String address,
        Double lat,
        Double lon,
        String mediaUrl) {

    /** The case with its shared timeline (oldest first), its latest referral and its photo's link (null if none). */
    public static ServiceRequest of(
            Case c, List<TimelineEntry> sharedTimeline, Referral latestReferral, String mediaUrl) {
        String notes = sharedTimeline.isEmpty()
                ? null
                : PersonalNumbers.mask(
                        sharedTimeline.get(sharedTimeline.size() - 1).text());
        return new ServiceRequest(
                c.trackingNumber(),
                GeoReportStatus.of(c.status()).code(),
                notes,
                GeoReportServices.byCode(c.category().name())
                        .map(GeoReportServices.Service::name)
                        .orElse(null),
                c.category().name(),
                PersonalNumbers.mask(c.description()),
                latestReferral == null ? null : latestReferral.body(),
                "",
                W3cDateTimes.format(c.registeredAt()),
                W3cDateTimes.format(c.lastChangedAt()),
                W3cDateTimes.format(c.status().awaitsFeedback() ? c.feedbackDueAt() : null),
                c.address(),
                c.latitude(),
                c.longitude(),
                mediaUrl);
    }
}
