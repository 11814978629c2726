package io.huike.workbench.roster;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.roster.client.Attendance;
import io.huike.workbench.roster.client.DutyRosterClient;
import io.huike.workbench.roster.client.SwapAsk;
import io.huike.workbench.session.CurrentCommunity;
import io.huike.workbench.session.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The duty roster: the month of every room, the user's shifts (ask for a swap, check in and out), the swap requests
 * they are part of, and for an admin generating a month, approving swaps and the coverage report. Every form goes
 * back to the page: with a confirmation after success, with the refusal next to the form otherwise.
 */
@Path("/roster")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
public class RosterResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    /** The attendance form's id on the page, for check-in and check-out alike. */
    static final String ATTENDANCE = "attendance";

    private final DutyRosterClient duty;
    private final RosterLoader loader;
    private final RosterProblems problems;
    private final CurrentCommunity community;
    private final SignedInUser user;
    private final PageFrame frame;
    private final Clock clock = Clock.systemUTC();

    RosterResource(
            @RestClient DutyRosterClient duty,
            RosterLoader loader,
            RosterProblems problems,
            CurrentCommunity community,
            SignedInUser user,
            PageFrame frame) {
        this.duty = duty;
        this.loader = loader;
        this.problems = problems;
        this.community = community;
        this.user = user;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roster(RosterPage view);
    }

    @GET
    public TemplateInstance page(@QueryParam("month") String month, @QueryParam("done") String done) {
        String where = community.require();
        String confirmed = RosterDone.ofSlug(done).map(this::confirmation).orElse("");
        return frame.render(Templates.roster(view(where, Months.of(month, clock), confirmed, null)));
    }

    /** Generates a room's month (admins). */
    @POST
    @Path("/generate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    public Response generate(@RestForm String room, @RestForm String month) {
        String where = community.require();
        String roomId = id(room);
        YearMonth shown = Months.of(month, clock);
        return send(
                where,
                shown,
                "generate-" + roomId,
                Map.of(),
                () -> duty.generate(where, roomId, shown.toString()),
                RosterDone.GENERATED,
                "#room-" + roomId);
    }

    /** Asks another member to take one of the user's shifts, optionally for one of theirs. */
    @POST
    @Path("/swaps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    public Response askSwap(@BeanParam SwapForm form) {
        String where = community.require();
        String shiftId = id(form.shiftId);
        YearMonth shown = Months.of(form.month, clock);
        String formId = "swap-" + shiftId;
        RosterData data = loader.load(where, shown, RosterLoader.today());
        Map<String, Fault> faults = SwapChecks.check(
                form.toMemberId, form.counterShiftId, form.note, data.activeMemberIds(), data.shiftOwners());
        if (!faults.isEmpty()) {
            RosterMsg msg = messages();
            Map<String, String> errors = new LinkedHashMap<>();
            faults.forEach((field, fault) -> errors.put(field, fault.worded(msg, frame.messages())));
            FormFailure failure = new FormFailure(formId, frame.messages().formHasErrors(), errors, form.entered());
            return page(400, where, shown, failure, data);
        }
        String counter = SwapForm.text(form.counterShiftId);
        String note = SwapForm.text(form.note);
        SwapAsk ask = new SwapAsk(
                shiftId,
                SwapForm.text(form.toMemberId),
                counter.isEmpty() ? null : counter,
                note.isEmpty() ? null : note);
        return send(
                where,
                shown,
                formId,
                form.entered(),
                () -> duty.askSwap(where, ask),
                RosterDone.SWAP_ASKED,
                "#outcome");
    }

    /** The member asked accepts or declines a swap request; an admin approves or declines it. */
    @POST
    @Path("/swaps/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    public Response decide(@PathParam("id") String id, @PathParam("decision") String decision, @RestForm String month) {
        String where = community.require();
        String swapId = id(id);
        YearMonth shown = Months.of(month, clock);
        String formId = "swap-request-" + swapId;
        return switch (decision) {
            case "accept" ->
                send(
                        where,
                        shown,
                        formId,
                        Map.of(),
                        () -> duty.acceptSwap(where, swapId),
                        RosterDone.SWAP_ACCEPTED,
                        "#outcome");
            case "decline" ->
                send(
                        where,
                        shown,
                        formId,
                        Map.of(),
                        () -> duty.declineSwap(where, swapId),
                        RosterDone.SWAP_DECLINED,
                        "#outcome");
            case "approve" -> {
                if (!user.hasRole(Roles.COMMUNITY_ADMIN)) {
                    throw new ForbiddenException();
                }
                yield send(
                        where,
                        shown,
                        formId,
                        Map.of(),
                        () -> duty.approveSwap(where, swapId),
                        RosterDone.SWAP_APPROVED,
                        "#outcome");
            }
            default -> throw new NotFoundException();
        };
    }

    /** The member on duty checks in at the room, or out of it. */
    @POST
    @Path("/shifts/{id}/{attendance}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    public Response attend(
            @PathParam("id") String id, @PathParam("attendance") String attendance, @RestForm String month) {
        String where = community.require();
        String shiftId = id(id);
        YearMonth shown = Months.of(month, clock);
        Attendance me = new Attendance(user.memberId().orElseThrow(ForbiddenException::new));
        return switch (attendance) {
            case "check-in" ->
                send(
                        where,
                        shown,
                        ATTENDANCE,
                        Map.of(),
                        () -> duty.checkIn(where, shiftId, me),
                        RosterDone.CHECKED_IN,
                        "#outcome");
            case "check-out" ->
                send(
                        where,
                        shown,
                        ATTENDANCE,
                        Map.of(),
                        () -> duty.checkOut(where, shiftId, me),
                        RosterDone.CHECKED_OUT,
                        "#outcome");
            default -> throw new NotFoundException();
        };
    }

    /** A room's month as roster-service's printable table, CSV: fetched with the user's token, never the browser's. */
    @GET
    @Path("/table.csv")
    public Response tableCsv(@QueryParam("room") String room, @QueryParam("month") String month) {
        String where = community.require();
        YearMonth shown = Months.of(month, clock);
        return download(
                () -> duty.tableCsv(where, id(room), shown.toString()), "text/csv; charset=UTF-8", shown, "csv");
    }

    /** A room's month as roster-service's printable table, XLSX. */
    @GET
    @Path("/table.xlsx")
    public Response tableXlsx(@QueryParam("room") String room, @QueryParam("month") String month) {
        String where = community.require();
        YearMonth shown = Months.of(month, clock);
        return download(() -> duty.tableXlsx(where, id(room), shown.toString()), DutyRosterClient.XLSX, shown, "xlsx");
    }

    private Response download(Supplier<RestResponse<byte[]>> call, String type, YearMonth month, String extension) {
        RestResponse<byte[]> table;
        try {
            table = call.get();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 404) {
                throw new NotFoundException();
            }
            throw refused;
        }
        return Response.ok(table.getEntity())
                .type(type)
                .header("Content-Disposition", "attachment; filename=\"roster-" + month + "." + extension + "\"")
                .build();
    }

    /** Sends one change; success goes back to the month with a confirmation, a refusal shows next to its form. */
    private Response send(
            String where,
            YearMonth month,
            String formId,
            Map<String, String> entered,
            Supplier<?> change,
            RosterDone done,
            String anchor) {
        try {
            change.get();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            FormFailure failure = new FormFailure(
                    formId, problems.describe(refused.problem()), problems.fieldErrors(refused.problem()), entered);
            return page(refused.status(), where, month, failure, null);
        }
        return Response.seeOther(URI.create("/roster?month=" + month + "&done=" + done.slug() + anchor))
                .build();
    }

    private Response page(int status, String where, YearMonth month, FormFailure failure, RosterData loaded) {
        RosterData data = loaded != null ? loaded : loader.load(where, month, RosterLoader.today());
        return Response.status(status)
                .entity(frame.render(Templates.roster(page(data, "", failure))))
                .build();
    }

    private RosterPage view(String where, YearMonth month, String done, FormFailure failure) {
        return page(loader.load(where, month, RosterLoader.today()), done, failure);
    }

    private RosterPage page(RosterData data, String done, FormFailure failure) {
        return RosterPages.page(
                data,
                new RosterPages.Viewer(user.memberId(), user.roles()),
                Instant.now(clock),
                RosterLoader.today(),
                frame.language(),
                messages(),
                done,
                failure);
    }

    private String confirmation(RosterDone done) {
        RosterMsg msg = messages();
        return switch (done) {
            case GENERATED -> msg.doneGenerated();
            case SWAP_ASKED -> msg.doneSwapAsked();
            case SWAP_ACCEPTED -> msg.doneSwapAccepted();
            case SWAP_DECLINED -> msg.doneSwapDeclined();
            case SWAP_APPROVED -> msg.doneSwapApproved();
            case CHECKED_IN -> msg.doneCheckedIn();
            case CHECKED_OUT -> msg.doneCheckedOut();
        };
    }

    private RosterMsg messages() {
        return frame.language().messages(RosterMsg.class);
    }

    /** An id as it may stand in a path to roster-service; anything else finds nothing. */
    private static String id(String value) {
        if (value == null || !ID.matcher(value.strip()).matches()) {
            throw new NotFoundException();
        }
        return value.strip();
    }
}
