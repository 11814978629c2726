package io.huike.workbench.admin;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.admin.client.RoomRequest;
import io.huike.workbench.admin.client.RosterAdminClient;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.roster.FormFailure;
import io.huike.workbench.roster.client.RoomView;
import io.huike.workbench.roster.client.RosterClient;
import io.huike.workbench.session.CurrentCommunity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reception rooms and the shifts of their reception days: the rooms as they are, and the form to open one. */
@Path("/admin/rooms")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COMMUNITY_ADMIN)
public class RoomsAdminResource {

    static final String ROOM_FORM = "room-form";
    /** A shift's field as roster-service names it in a refusal: {@code shifts[1].startsAt}. */
    private static final Pattern SENT_SHIFT = Pattern.compile("shifts\\[(\\d+)]\\.(\\w+)");

    private final RosterClient roster;
    private final RosterAdminClient admin;
    private final CurrentCommunity community;
    private final PageFrame frame;
    private final AdminWords words;

    RoomsAdminResource(
            @RestClient RosterClient roster,
            @RestClient RosterAdminClient admin,
            CurrentCommunity community,
            PageFrame frame,
            AdminWords words) {
        this.roster = roster;
        this.admin = admin;
        this.community = community;
        this.frame = frame;
        this.words = words;
    }

    /**
     * The rooms and the form to open one.
     *
     * @param rows the form's shift rows by index
     */
    @TemplateData
    public record RoomsView(boolean known, List<RoomView> rooms, List<Integer> rows, AdminForms forms) {

        /** A value of the form: as entered after a refusal, else the suggestion for a first room. */
        public String value(String field) {
            return forms.enteredOr(ROOM_FORM, field, suggested(field));
        }

        /** A shift row's field as the checks name it ({@code shift-0-code}); on the page its id is {@code room-} and that. */
        public String shiftField(Integer row, String field) {
            return "shift-" + row + "-" + field;
        }

        /** A shift row's field's id on the page ({@code room-shift-0-code}). */
        public String shiftId(Integer row, String field) {
            return "room-" + shiftField(row, field);
        }

        public String shiftValue(Integer row, String field) {
            return value(shiftField(row, field));
        }

        public String shiftError(Integer row, String field) {
            return forms.fieldError(ROOM_FORM, shiftField(row, field));
        }

        /** The row's number as people count, from 1. */
        public int number(Integer row) {
            return row + 1;
        }

        private static String suggested(String field) {
            return switch (field) {
                case "shift-0-code" -> "AM";
                case "shift-0-startsAt" -> "08:30";
                case "shift-0-endsAt" -> "12:00";
                case "shift-1-code" -> "PM";
                case "shift-1-startsAt" -> "14:30";
                case "shift-1-endsAt" -> "17:30";
                default -> "";
            };
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rooms(RoomsView view);
    }

    @GET
    public TemplateInstance rooms(@QueryParam("done") String done) {
        AdminForms forms = "opened".equals(done) ? AdminForms.done(words.admin().doneRoomOpened()) : AdminForms.NONE;
        return frame.render(Templates.rooms(view(community.require(), forms)));
    }

    /** Opens a room with the shifts entered. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@BeanParam RoomForm form) {
        String where = community.require();
        Checks.Checked<RoomRequest> checked = Checks.room(form);
        if (checked.request().isEmpty()) {
            FormFailure failure = words.faults(ROOM_FORM, checked.faults(), form.entered());
            return page(400, where, failure);
        }
        try {
            admin.openRoom(where, checked.request().get());
            return Response.seeOther(URI.create("/admin/rooms?done=opened#outcome"))
                    .build();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            List<Integer> sent = form.filledRows();
            FormFailure failure =
                    words.rosterRefusal(ROOM_FORM, refused.problem(), form.entered(), field -> fieldOf(field, sent));
            return page(refused.status(), where, failure);
        }
    }

    /** roster-service's {@code shifts[1].startsAt} as the form's field of that row ({@code shift-3-startsAt}). */
    static String fieldOf(String field, List<Integer> sentRows) {
        Matcher m = SENT_SHIFT.matcher(field);
        if (m.matches()) {
            int sent = Integer.parseInt(m.group(1));
            int row = sent < sentRows.size() ? sentRows.get(sent) : sent;
            return "shift-" + row + "-" + m.group(2);
        }
        return field;
    }

    private Response page(int status, String where, FormFailure failure) {
        return Response.status(status)
                .entity(frame.render(Templates.rooms(view(where, AdminForms.failed(failure)))))
                .build();
    }

    private RoomsView view(String where, AdminForms forms) {
        Optional<List<RoomView>> rooms;
        try {
            rooms = Optional.of(roster.rooms(where));
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            rooms = Optional.empty();
        } catch (ProcessingException unavailable) {
            rooms = Optional.empty();
        }
        return new RoomsView(
                rooms.isPresent(),
                rooms.orElse(List.of()),
                IntStream.range(0, RoomForm.ROWS).boxed().toList(),
                forms);
    }
}
