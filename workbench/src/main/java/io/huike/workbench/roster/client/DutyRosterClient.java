package io.huike.workbench.roster.client;

import io.huike.workbench.clients.ProblemResponses;
import io.huike.workbench.clients.SignedInUserBearer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * roster-service's duty rosters, as the signed-in user: the months of each room (and generating them), the printable
 * table, who is on duty on a day, checking in and out, swap requests, the local closures and the coverage report.
 */
@RegisterRestClient(configKey = "roster-service")
@RegisterProvider(SignedInUserBearer.class)
@RegisterProvider(ProblemResponses.class)
@Path("/communities/{community}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DutyRosterClient {

    /** A room's generated month ({@code 2026-05}); 404 while it is not generated. */
    @GET
    @Path("/rooms/{room}/rosters/{month}")
    RosterMonth roster(
            @PathParam("community") String community, @PathParam("room") String room, @PathParam("month") String month);

    /** Generates a room's month; 409 when it is already generated. */
    @POST
    @Path("/rooms/{room}/rosters/{month}")
    RosterMonth generate(
            @PathParam("community") String community, @PathParam("room") String room, @PathParam("month") String month);

    /** The month as a printable table for the notice board, CSV (UTF-8 with a byte order mark). */
    @GET
    @Path("/rooms/{room}/rosters/{month}/table.csv")
    @Produces("text/csv")
    RestResponse<byte[]> tableCsv(
            @PathParam("community") String community, @PathParam("room") String room, @PathParam("month") String month);

    /** The month as a printable table, an XLSX workbook fitted to one A4 page wide. */
    @GET
    @Path("/rooms/{room}/rosters/{month}/table.xlsx")
    @Produces(XLSX)
    RestResponse<byte[]> tableXlsx(
            @PathParam("community") String community, @PathParam("room") String room, @PathParam("month") String month);

    /** The XLSX media type. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Every shift of a day ({@code 2026-05-06}) at every room, in the order of the day. */
    @GET
    @Path("/duty")
    List<ShiftView> dutyOn(@PathParam("community") String community, @QueryParam("date") String date);

    /** One shift with its check-in and check-out. */
    @GET
    @Path("/duty-shifts/{shift}")
    KeptShift shift(@PathParam("community") String community, @PathParam("shift") String shift);

    @POST
    @Path("/duty-shifts/{shift}/check-in")
    KeptShift checkIn(@PathParam("community") String community, @PathParam("shift") String shift, Attendance body);

    @POST
    @Path("/duty-shifts/{shift}/check-out")
    KeptShift checkOut(@PathParam("community") String community, @PathParam("shift") String shift, Attendance body);

    /** The open swap requests (asked or accepted), oldest first. */
    @GET
    @Path("/swap-requests")
    List<SwapRecord> openSwaps(@PathParam("community") String community);

    @POST
    @Path("/swap-requests")
    SwapRecord askSwap(@PathParam("community") String community, SwapAsk body);

    @POST
    @Path("/swap-requests/{id}/accept")
    SwapRecord acceptSwap(@PathParam("community") String community, @PathParam("id") String id);

    @POST
    @Path("/swap-requests/{id}/decline")
    SwapRecord declineSwap(@PathParam("community") String community, @PathParam("id") String id);

    @POST
    @Path("/swap-requests/{id}/approve")
    SwapRecord approveSwap(@PathParam("community") String community, @PathParam("id") String id);

    /** The community's local closures. */
    @GET
    @Path("/calendar/closures")
    List<ClosureRecord> closures(@PathParam("community") String community);

    /** The coverage report of a period (community admins and district supervisors). */
    @GET
    @Path("/coverage")
    CoverageReport coverage(
            @PathParam("community") String community, @QueryParam("from") String from, @QueryParam("to") String to);
}
