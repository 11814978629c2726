package io.huike.cases.open311;

import io.huike.cases.Case;
import io.huike.cases.TimelineEntry;
import io.huike.kernel.personaldata.PersonalNumbers;

/**
 * One line of a case's timeline shared with its resident, as an update of its Open311 request. Its {@code status}
 * is the request's at that line: closed from the case's closing on, open before.
 */
public record ServiceRequestUpdate(
        String updateId, String serviceRequestId, String status, String updatedDatetime, String description) {

    public static ServiceRequestUpdate of(Case c, TimelineEntry shared) {
        boolean closedBy = c.closedAt() != null && !shared.at().isBefore(c.closedAt());
        return new ServiceRequestUpdate(
                shared.id().toString(),
                c.trackingNumber(),
                (closedBy ? GeoReportStatus.CLOSED : GeoReportStatus.OPEN).code(),
                W3cDateTimes.format(shared.at()),
                PersonalNumbers.mask(shared.text()));
    }
}
