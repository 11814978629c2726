package io.huike.workbench.admin;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.admin.client.LeaveRecord;
import io.huike.workbench.admin.client.LeaveRequest;
import io.huike.workbench.admin.client.MemberRecord;
import io.huike.workbench.admin.client.MemberRequest;
import io.huike.workbench.admin.client.RosterAdminClient;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.clients.Versions;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.roster.FormFailure;
import io.huike.workbench.session.CurrentCommunity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Members and their skills: the list with the register form, and one member's page to change their details (the
 * active flag included) with the version the page showed, and to record their leave.
 */
@Path("/admin/members")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COMMUNITY_ADMIN)
public class MembersAdminResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    static final String MEMBER_FORM = "member-form";
    static final String LEAVE_FORM = "leave-form";

    private final RosterAdminClient roster;
    private final CurrentCommunity community;
    private final PageFrame frame;
    private final AdminWords words;

    MembersAdminResource(
            @RestClient RosterAdminClient roster, CurrentCommunity community, PageFrame frame, AdminWords words) {
        this.roster = roster;
        this.community = community;
        this.frame = frame;
        this.words = words;
    }

    /** A member as the list shows them; kind and skills in the user's language. */
    public record MemberRow(
            String id,
            String name,
            String kind,
            boolean partyMember,
            List<String> skills,
            String phone,
            String unit,
            String duties,
            boolean active) {}

    /** The list of members and the register form. */
    @TemplateData
    public record MembersView(boolean known, List<MemberRow> members, MemberFields fields, AdminForms forms) {}

    /** A recorded leave, with the shifts already scheduled inside it. */
    public record LeaveRow(LocalDate firstDay, LocalDate lastDay, String reason, int toHandOver, String rosterHref) {}

    /** One member: the form to change them, their leave and the leave form. */
    @TemplateData
    public record MemberPage(
            MemberRecord member,
            String version,
            MemberFields fields,
            boolean leaveKnown,
            List<LeaveRow> leave,
            String today,
            AdminForms forms) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(MembersView view);

        static native TemplateInstance member(MemberPage view);
    }

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        AdminForms forms =
                "registered".equals(done) ? AdminForms.done(words.admin().doneRegistered()) : AdminForms.NONE;
        return frame.render(Templates.members(membersView(community.require(), forms)));
    }

    /** Registers a member; then their page, where leave can be recorded. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@BeanParam MemberForm form) {
        String where = community.require();
        Checks.Checked<MemberRequest> checked = Checks.member(form);
        if (checked.request().isEmpty()) {
            FormFailure failure = words.faults(MEMBER_FORM, checked.faults(), form.entered());
            return page(400, Templates.members(membersView(where, AdminForms.failed(failure))));
        }
        try {
            MemberRecord registered = roster.register(where, checked.request().get());
            return Response.seeOther(URI.create("/admin/members/" + registered.id() + "?done=registered"))
                    .build();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            FormFailure failure =
                    words.rosterRefusal(MEMBER_FORM, refused.problem(), form.entered(), UnaryOperator.identity());
            return page(refused.status(), Templates.members(membersView(where, AdminForms.failed(failure))));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance member(@PathParam("id") String id, @QueryParam("done") String done) {
        AdminMsg msg = words.admin();
        AdminForms forms = switch (done == null ? "" : done) {
            case "registered" -> AdminForms.done(msg.doneRegistered());
            case "saved" -> AdminForms.done(msg.doneMemberSaved());
            case "leave" -> AdminForms.done(msg.doneLeave());
            default -> AdminForms.NONE;
        };
        return frame.render(Templates.member(memberPage(community.require(), id(id), forms)));
    }

    /** Replaces the member's details, sent with the version the page showed (If-Match). */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, @BeanParam MemberForm form) {
        String where = community.require();
        String memberId = id(id);
        Checks.Checked<MemberRequest> checked = Checks.member(form);
        if (checked.request().isEmpty()) {
            FormFailure failure = words.faults(MEMBER_FORM, checked.faults(), form.entered());
            return page(400, Templates.member(memberPage(where, memberId, AdminForms.failed(failure))));
        }
        String ifMatch = Versions.ifMatch(form.version);
        try {
            roster.update(where, memberId, ifMatch, checked.request().get());
            return Response.seeOther(URI.create("/admin/members/" + memberId + "?done=saved#outcome"))
                    .build();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401 || refused.status() == 404) {
                throw refused;
            }
            FormFailure failure =
                    words.rosterRefusal(MEMBER_FORM, refused.problem(), form.entered(), UnaryOperator.identity());
            return page(refused.status(), Templates.member(memberPage(where, memberId, AdminForms.failed(failure))));
        }
    }

    /** Records days the member cannot take duty. */
    @POST
    @Path("/{id}/leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordLeave(
            @PathParam("id") String id, @RestForm String firstDay, @RestForm String lastDay, @RestForm String reason) {
        String where = community.require();
        String memberId = id(id);
        Map<String, String> entered = Map.of(
                "firstDay", Checks.text(firstDay), "lastDay", Checks.text(lastDay), "reason", Checks.text(reason));
        Checks.Checked<LeaveRequest> checked = Checks.leave(firstDay, lastDay, reason);
        if (checked.request().isEmpty()) {
            FormFailure failure = words.faults(LEAVE_FORM, checked.faults(), entered);
            return page(400, Templates.member(memberPage(where, memberId, AdminForms.failed(failure))));
        }
        try {
            roster.recordLeave(where, memberId, checked.request().get());
            return Response.seeOther(URI.create("/admin/members/" + memberId + "?done=leave#leave"))
                    .build();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401 || refused.status() == 404) {
                throw refused;
            }
            FormFailure failure = words.rosterRefusal(LEAVE_FORM, refused.problem(), entered, UnaryOperator.identity());
            return page(refused.status(), Templates.member(memberPage(where, memberId, AdminForms.failed(failure))));
        }
    }

    private MembersView membersView(String where, AdminForms forms) {
        AdminMsg msg = words.admin();
        Optional<List<MemberRecord>> members;
        try {
            members = Optional.of(roster.members(where));
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            members = Optional.empty();
        } catch (ProcessingException unavailable) {
            members = Optional.empty();
        }
        List<MemberRow> rows = members.orElse(List.of()).stream()
                .sorted(Comparator.comparing((MemberRecord m) -> !m.active())
                        .thenComparing(MemberRecord::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(m -> new MemberRow(
                        m.id(),
                        m.name(),
                        MemberKind.of(m.kind()).map(msg::kind).orElse(m.kind() == null ? "" : m.kind()),
                        m.partyMember(),
                        m.skills().stream()
                                .map(s -> Skill.of(s).map(msg::skill).orElse(s))
                                .toList(),
                        m.phone() == null ? "" : m.phone(),
                        m.unit() == null ? "" : m.unit(),
                        m.duties() == null ? "" : m.duties(),
                        m.active()))
                .toList();
        return new MembersView(members.isPresent(), rows, MemberFields.blank(forms), forms);
    }

    private MemberPage memberPage(String where, String id, AdminForms forms) {
        RestResponse<MemberRecord> found = roster.member(where, id);
        String etag = found.getHeaderString("ETag");
        String version =
                etag == null ? "" : etag.replace("W/", "").replace("\"", "").strip();
        Optional<List<LeaveRecord>> leave;
        try {
            leave = Optional.of(roster.leave(where, id));
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            leave = Optional.empty();
        } catch (ProcessingException unavailable) {
            leave = Optional.empty();
        }
        List<LeaveRow> rows = leave.orElse(List.of()).stream()
                .filter(l -> l.firstDay() != null)
                .sorted(Comparator.comparing(LeaveRecord::firstDay).reversed())
                .map(l -> new LeaveRow(
                        l.firstDay(),
                        l.lastDay(),
                        l.reason() == null ? "" : l.reason(),
                        l.shiftsToHandOver().size(),
                        "/roster?month=" + YearMonth.from(l.firstDay())))
                .toList();
        MemberRecord member = found.getEntity();
        return new MemberPage(member, version, MemberFields.of(member, forms), leave.isPresent(), rows, today(), forms);
    }

    private Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(frame.render(page)).build();
    }

    /** Today in the communities' time zone, for the leave form's first day. */
    static String today() {
        return LocalDate.now(Formats.ZONE).toString();
    }

    private static String id(String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new NotFoundException();
        }
        return value;
    }
}
