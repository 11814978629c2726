package io.huike.workbench.desk;

import static io.huike.workbench.clients.PageParts.joined;
import static io.huike.workbench.clients.PageParts.optional;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.client.CaseClient;
import io.huike.workbench.cases.client.CaseRecord;
import io.huike.workbench.clients.PageParts;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.desk.client.ReceptionClient;
import io.huike.workbench.desk.client.ReceptionVisitView;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.layout.ProblemMessages;
import io.huike.workbench.roster.client.MemberView;
import io.huike.workbench.roster.client.RoomView;
import io.huike.workbench.roster.client.RosterClient;
import io.huike.workbench.roster.client.ShiftView;
import io.huike.workbench.session.CurrentCommunity;
import io.huike.workbench.session.SignedInUser;
import io.huike.workbench.status.StatusLinks;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The reception desk: who is on duty now, recording a visit with the matters it raised (duplicate suggestions as a
 * matter is described), and the slips to hand the resident afterwards. Without JavaScript the form offers three
 * matter rows; with it (htmx) more rows can be added and similar open cases appear as a matter is typed.
 */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
public class DeskResource {

    private static final Logger LOG = Logger.getLogger(DeskResource.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    /** Below this many characters a description says too little to look for similar cases. */
    static final int DUPLICATE_MIN_LENGTH = 4;

    private final ReceptionClient reception;
    private final CaseClient cases;
    private final RosterClient roster;
    private final CurrentCommunity community;
    private final SignedInUser user;
    private final PageFrame frame;
    private final ProblemMessages problems;
    private final StatusLinks links;
    private final PageParts parts;

    DeskResource(
            @RestClient ReceptionClient reception,
            @RestClient CaseClient cases,
            @RestClient RosterClient roster,
            CurrentCommunity community,
            SignedInUser user,
            PageFrame frame,
            ProblemMessages problems,
            StatusLinks links,
            PageParts parts) {
        this.reception = reception;
        this.cases = cases;
        this.roster = roster;
        this.community = community;
        this.user = user;
        this.frame = frame;
        this.problems = problems;
        this.links = links;
        this.parts = parts;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(DeskView view);

        static native TemplateInstance matterAdded(MatterRow row, List<DeskView.Option> grids, int next, boolean more);

        static native TemplateInstance duplicates(List<CaseRecord> candidates, int index);

        static native TemplateInstance slips(List<Slip> slips, String communityName);
    }

    @GET
    public TemplateInstance desk() {
        String where = community.require();
        Desk desk = load(where);
        String member = user.memberId()
                .filter(id -> desk.members().stream().anyMatch(m -> m.id().equals(id)))
                .or(() -> desk.shifts().stream().map(ShiftView::memberId).findFirst())
                .orElse(user.memberId().orElse(""));
        String room = desk.shifts().stream()
                .filter(s -> member.equals(s.memberId()))
                .map(ShiftView::roomId)
                .findFirst()
                .or(() -> desk.rooms().size() == 1
                        ? Optional.of(desk.rooms().get(0).id())
                        : Optional.empty())
                .orElse("");
        return frame.render(Templates.desk(view(desk, VisitDraft.fresh(Instant.now(), member, room), "")));
    }

    /** The form's address asked for with GET (after a sign-in that interrupted sending it): the desk again. */
    @GET
    @Path("/visits")
    public Response backToTheDesk() {
        return Response.seeOther(URI.create("/desk")).build();
    }

    /** Records the visit; on success the slips, else the form again with what is wrong under each field. */
    @POST
    @Path("/visits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@BeanParam VisitForm form) {
        String where = community.require();
        DeskMsg msg = messages();
        VisitDraft draft = VisitDraft.of(form).checked(msg);
        if (draft.hasErrors()) {
            return Response.status(400)
                    .entity(frame.render(Templates.desk(view(load(where), draft, ""))))
                    .build();
        }
        try {
            ReceptionVisitView recorded = reception.record(where, draft.request());
            return Response.seeOther(URI.create("/desk/visits/" + recorded.id() + "/slips"))
                    .build();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            VisitDraft refusedDraft = draft.refusedWith(refused.problem());
            return Response.status(refused.status())
                    .entity(frame.render(
                            Templates.desk(view(load(where), refusedDraft, problems.describe(refused.problem())))))
                    .build();
        }
    }

    /** One more matter row, for htmx; the add button comes along (out of band) with the next index. */
    @GET
    @Path("/matter-row")
    public TemplateInstance matterRow(@QueryParam("index") @DefaultValue("3") int index) {
        int i = Math.max(0, Math.min(index, VisitDraft.MAX_ROWS - 1));
        List<DeskView.Option> grids = grids(community.require());
        return frame.fragment(Templates.matterAdded(MatterRow.empty(i), grids, i + 1, i + 1 < VisitDraft.MAX_ROWS));
    }

    /** Open cases like the matter being described, for htmx as the description is typed. */
    @GET
    @Path("/duplicate-candidates")
    public TemplateInstance duplicates(
            @QueryParam("matterCategory") String category,
            @QueryParam("matterGrid") String grid,
            @QueryParam("matterDescription") String description,
            @QueryParam("index") @DefaultValue("0") int index) {
        List<CaseRecord> candidates = List.of();
        String text = description == null ? "" : description.strip();
        boolean known = category != null
                && Arrays.stream(Category.values()).anyMatch(c -> c.name().equals(category));
        if (known && text.codePointCount(0, text.length()) >= DUPLICATE_MIN_LENGTH) {
            String limited = text.length() > 4000 ? text.substring(0, 4000) : text;
            try {
                candidates = reception.duplicateCandidates(
                        community.require(), category, grid == null || grid.isBlank() ? null : grid, limited);
            } catch (ServiceProblemException | ProcessingException unavailable) {
                // A suggestion that cannot be made is no reason to interrupt the desk.
                LOG.debugf("Duplicate candidates not available: %s", unavailable.getMessage());
            }
        }
        return frame.fragment(Templates.duplicates(candidates, Math.max(0, index)));
    }

    /** A printable slip per case the visit raised. */
    @GET
    @Path("/visits/{id}/slips")
    public TemplateInstance slips(@PathParam("id") String id) {
        if (!ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        String where = community.require();
        ReceptionVisitView visit = reception.visit(where, id);
        String label = messages().qrLabel();
        List<Slip> slips = visit.caseIds().stream()
                .map(caseId -> cases.get(where, caseId))
                .map(c -> new Slip(
                        c.id(),
                        c.trackingNumber(),
                        c.category(),
                        c.title(),
                        c.registeredAt(),
                        c.firstContact() == null ? null : c.firstContact().dueAt(),
                        c.feedback() == null ? null : c.feedback().dueAt(),
                        links.page(),
                        links.lookup(c.trackingNumber()),
                        QrSvg.of(links.lookup(c.trackingNumber()), label + " " + c.trackingNumber())))
                .toList();
        return frame.render(Templates.slips(slips, frame.communityName()));
    }

    private DeskMsg messages() {
        return frame.language().messages(DeskMsg.class);
    }

    /** What the desk shows besides the form, each part empty while its service cannot be reached. */
    private record Desk(
            List<ShiftView> shifts,
            boolean dutyKnown,
            List<MemberView> members,
            boolean membersKnown,
            List<RoomView> rooms,
            List<DeskView.Option> grids) {}

    private Desk load(String where) {
        CompletableFuture<Optional<List<ShiftView>>> askedShifts = parts.inParallel(() -> roster.onDutyNow(where));
        CompletableFuture<Optional<List<MemberView>>> askedMembers = parts.inParallel(() -> roster.members(where));
        CompletableFuture<Optional<List<RoomView>>> askedRooms = parts.inParallel(() -> roster.rooms(where));
        CompletableFuture<List<DeskView.Option>> askedGrids = parts.async(() -> grids(where));
        Optional<List<ShiftView>> shifts = joined(askedShifts);
        Optional<List<MemberView>> members = joined(askedMembers);
        return new Desk(
                shifts.orElse(List.of()),
                shifts.isPresent(),
                members.orElse(List.of()).stream()
                        .filter(MemberView::active)
                        .sorted(Comparator.comparing(MemberView::name, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList(),
                members.isPresent(),
                joined(askedRooms).orElse(List.of()),
                joined(askedGrids));
    }

    private List<DeskView.Option> grids(String where) {
        return optional(() -> roster.grids(where)).orElse(List.of()).stream()
                .map(g -> new DeskView.Option(g.id(), g.name() == null ? g.id() : g.name(), false))
                .toList();
    }

    private DeskView view(Desk desk, VisitDraft draft, String problem) {
        Map<String, String> roomNames = desk.rooms().stream()
                .filter(r -> r.id() != null)
                .collect(Collectors.toMap(RoomView::id, r -> r.name() == null ? r.id() : r.name(), (a, b) -> a));
        Set<String> onDuty = desk.shifts().stream().map(ShiftView::memberId).collect(Collectors.toSet());
        List<DeskView.DutyLine> lines = desk.shifts().stream()
                .map(s -> new DeskView.DutyLine(
                        s.memberName() == null ? s.memberId() : s.memberName(),
                        roomNames.getOrDefault(s.roomId(), ""),
                        s.shiftCode(),
                        s.startTime(),
                        s.endTime()))
                .toList();
        List<DeskView.Option> members = desk.members().stream()
                .map(m -> new DeskView.Option(m.id(), m.name(), onDuty.contains(m.id())))
                .sorted(Comparator.comparing((DeskView.Option o) -> !o.onDuty()))
                .toList();
        List<DeskView.Option> rooms = desk.rooms().stream()
                .map(r -> new DeskView.Option(r.id(), roomNames.get(r.id()), false))
                .toList();
        return new DeskView(
                lines,
                desk.dutyKnown(),
                draft,
                members,
                desk.membersKnown(),
                rooms,
                desk.grids(),
                draft.errorSummary(messages()),
                problem);
    }
}
