package io.huike.reporting.figures.api;

import io.huike.kernel.roles.Roles;
import io.huike.reporting.figures.FigureQueries;
import io.huike.reporting.figures.FigureQuery;
import io.huike.reporting.figures.FigureRow;
import io.huike.reporting.figures.Grouping;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The figures the communities report, for any period, split by place, time, category or channel. */
@Path("/figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
@Tag(name = "Figures")
public class FiguresResource {

    static final String DEFINITIONS = """
            Days and months are Asia/Shanghai. Stock figures are about the cases registered in the period, as they \
            stand now: registered; open (not closed); closed; overdue (open with a deadline passed unmet: the first \
            contact not made by its deadline, or the resident not told the result by the feedback deadline); \
            outcomes (RESOLVED, PARTLY_RESOLVED, NOT_RESOLVABLE, REFERRED_ELSEWHERE, DUPLICATE, \
            RETURNED_TO_HOTLINE). \
            Flow figures count what happened in the period: receptionVisits and personsReceived (接待人次, the people \
            of each visit; null when split or filtered by category or channel); escalated (opinions forwarded to the \
            two committees); referralsOut and referralsAnswered (replies of outside bodies); reopened; \
            deadlinesMissed (case.overdue announcements). \
            The hotline rates, as fractions rounded to four places, null when nothing counts: \
            responseRate = firstContactsOnTime / firstContactsDue, where a first contact is due when it was made or \
            its deadline passed without it, so overdue open cases count against the rate, and a 12345 work order \
            returned to the hotline is not due; \
            resolutionRate = resolved (outcome RESOLVED) / resolutionsDue (cases with an outcome other than \
            DUPLICATE and RETURNED_TO_HOTLINE, plus cases without an outcome whose feedback deadline passed); \
            satisfactionRate = satisfied (SATISFIED or BASICALLY_SATISFIED) / feedbackGiven. \
            averageWorkingDaysToFirstContact and averageWorkingDaysToFeedback count official working days after \
            the day the case was registered (or reopened) up to the day of first contact or of feedback; the same \
            day is 0. Contact, outcome and satisfaction are those since the last reopening. \
            Duty figures count the shifts planned for days in the period (null when split or filtered by category \
            or channel): dutyShiftsPlanned; dutyShiftsDue (of those, days up to today); dutyShiftsKept (checked \
            in); dutyShiftsLate (checked in after the start); dutyKeptRate = dutyShiftsKept / dutyShiftsDue. \
            Volunteer figures (志愿服务, null when split or filtered by category or channel): volunteersRegistered \
            (volunteers signed up by the last day of the period, or of the row's day or month, whenever that was); \
            volunteersActive (volunteers who served in a volunteer activity held in the period, each counted once); \
            volunteerActivities (activities held in the period); volunteerHours (everyone's hours in them, in half \
            hours). \
            hotline: the 12345 hotline's work orders (接诉即办) among the cases registered in the period, as they \
            stand now (after a redo, the new cycle): dispatched (cases of the channel HOTLINE_12345); signedFor \
            (签收 in the current cycle), of which signedForOnTime and signedForLate by the dueAt of \
            case.hotline-order-acknowledged; awaitingSignature (open and not signed for; case.registered does not \
            carry the hotline's limit, so whether it has passed is not known here); returned (退单, outcome \
            RETURNED_TO_HOTLINE); redone (重办, reopened at least once, as after an unsatisfied callback); \
            responseRate (the hotline's 响应率) = signedForOnTime / signedFor. \
            Repeated and out-of-order deliveries of events do not change any figure.""";

    private final FigureQueries queries;
    private final CommunitySelection selection;

    FiguresResource(FigureQueries queries, CommunitySelection selection) {
        this.queries = queries;
        this.selection = selection;
    }

    @GET
    @Operation(
            operationId = "getFigures",
            summary = "Figures for a period: counts, flows, the three hotline rates, average working days, duty "
                    + "shifts, volunteers and the 12345 hotline's work orders",
            description = "Without communities, every community in the caller's scope; naming one outside it is "
                    + "403. from/to default to the current month up to today; at most 1098 days (366 by day). "
                    + "groupBy NONE (one row, key 'all'), COMMUNITY, SUBDISTRICT, DISTRICT, DAY, MONTH, CATEGORY "
                    + "or CHANNEL. " + DEFINITIONS)
    public List<FigureRow> figures(
            @QueryParam("community") List<String> communities,
            @QueryParam("subdistrict") String subdistrict,
            @QueryParam("district") String district,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("category") @Pattern(regexp = "[A-Z_0-9]{1,32}") String category,
            @QueryParam("channel") @Pattern(regexp = "[A-Z_0-9]{1,32}") String channel,
            @QueryParam("groupBy") @DefaultValue("NONE") Grouping groupBy) {
        LocalDate first = Periods.fromOrDefault(from);
        LocalDate last = Periods.toOrDefault(to);
        Periods.check(first, last, groupBy);
        return queries.compute(
                new FigureQuery(
                        selection.select(communities, subdistrict, district), first, last, category, channel, groupBy),
                Instant.now());
    }
}
