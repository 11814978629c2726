package io.huike.workbench.paperlog;

import static io.huike.workbench.clients.PageParts.optional;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.cases.client.CaseClient;
import io.huike.workbench.cases.client.CaseRecord;
import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.desk.DeskMsg;
import io.huike.workbench.desk.DeskView;
import io.huike.workbench.desk.VisitDraft;
import io.huike.workbench.desk.VisitForm;
import io.huike.workbench.desk.client.ReceptionClient;
import io.huike.workbench.desk.client.ReceptionVisitView;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.layout.ProblemMessages;
import io.huike.workbench.paperlog.client.PaperLogClient;
import io.huike.workbench.paperlog.client.PaperLogSettings;
import io.huike.workbench.roster.client.MemberView;
import io.huike.workbench.roster.client.RoomView;
import io.huike.workbench.roster.client.RosterClient;
import io.huike.workbench.session.CurrentCommunity;
import io.huike.workbench.session.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The paper log (纸质台账补录): what a reception room's paper book holds, typed in at the time it really happened — a
 * visit with the matters it raised, or a single case. The page shows how far back the community allows; a time
 * further back is refused by case-service and the refusal is shown under the time. Referral answers and feedback
 * take their real times on the case's own page.
 */
@Path("/paper-log")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
public class PaperLogResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    static final String TOO_OLD = "paper-log-too-old";

    private final PaperLogClient paperLog;
    private final ReceptionClient reception;
    private final CaseClient cases;
    private final RosterClient roster;
    private final CurrentCommunity community;
    private final SignedInUser user;
    private final PageFrame frame;
    private final ProblemMessages problems;

    PaperLogResource(
            @RestClient PaperLogClient paperLog,
            @RestClient ReceptionClient reception,
            @RestClient CaseClient cases,
            @RestClient RosterClient roster,
            CurrentCommunity community,
            SignedInUser user,
            PageFrame frame,
            ProblemMessages problems) {
        this.paperLog = paperLog;
        this.reception = reception;
        this.cases = cases;
        this.roster = roster;
        this.community = community;
        this.user = user;
        this.frame = frame;
        this.problems = problems;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance paperLog(PaperLogView view);
    }

    /** The limit, both forms, and (after an entry) the cases just entered with their tracking numbers. */
    @GET
    public TemplateInstance paperLog(@QueryParam("visit") String visitId, @QueryParam("case") String caseId) {
        String where = community.require();
        List<PaperLogView.Entered> entered = entered(where, visitId, caseId);
        return frame.render(
                Templates.paperLog(view(where, emptyVisit(where), "", CaseEntryDraft.empty(), "", entered)));
    }

    /** A reception visit from the paper book, with its matters, at the time it really happened. */
    @POST
    @Path("/visits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordVisit(@BeanParam VisitForm form) {
        String where = community.require();
        DeskMsg desk = frame.language().messages(DeskMsg.class);
        VisitDraft draft = VisitDraft.of(form).checked(desk);
        Instant at = Formats.fromInput(draft.visitedAt());
        if (!draft.hasErrors() && at != null && PaperLogLimit.inFuture(at, Instant.now())) {
            draft = draft.refusedWith(fieldError("visitedAt", messages().timeInFuture()));
        }
        if (draft.hasErrors()) {
            return page(400, view(where, draft, "", CaseEntryDraft.empty(), "", List.of()));
        }
        try {
            ReceptionVisitView recorded = reception.record(where, draft.request());
            return Response.seeOther(URI.create("/paper-log?visit=" + recorded.id() + "#paper-log-entered"))
                    .build();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            ServiceProblem problem = refused.problem();
            VisitDraft shown = draft.refusedWith(inOurWords(problem));
            return page(
                    refused.status(),
                    view(where, shown, problems.describe(problem), CaseEntryDraft.empty(), "", List.of()));
        }
    }

    /** A single case from the paper book, registered at the time it really happened. */
    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerCase(@BeanParam CaseEntryForm form) {
        String where = community.require();
        CaseEntryDraft draft = CaseEntryDraft.of(form).checked(messages(), Instant.now());
        if (draft.hasErrors()) {
            return page(400, view(where, emptyVisit(where), "", draft, "", List.of()));
        }
        try {
            CaseRecord registered = paperLog.register(where, draft.request());
            return Response.seeOther(URI.create("/paper-log?case=" + registered.id() + "#paper-log-entered"))
                    .build();
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            ServiceProblem problem = refused.problem();
            String sentence = problems.describe(problem);
            CaseEntryDraft shown = draft.refusedWith(problem, TOO_OLD.equals(problem.slug()) ? sentence : null);
            return page(refused.status(), view(where, emptyVisit(where), "", shown, sentence, List.of()));
        }
    }

    private Response page(int status, PaperLogView view) {
        return Response.status(status)
                .entity(frame.render(Templates.paperLog(view)))
                .build();
    }

    private PaperLogView view(
            String where,
            VisitDraft visit,
            String visitProblem,
            CaseEntryDraft entry,
            String entryProblem,
            List<PaperLogView.Entered> entered) {
        Instant now = Instant.now();
        PaperLogLimit limit = optional(() -> paperLog.settings(where))
                .map(PaperLogSettings::paperLogMaxAgeDays)
                .filter(days -> days > 0)
                .map(days -> PaperLogLimit.of(days, now))
                .orElse(null);
        Optional<List<MemberView>> members = optional(() -> roster.members(where));
        List<DeskView.Option> rooms = optional(() -> roster.rooms(where)).orElse(List.of()).stream()
                .filter(r -> r.id() != null)
                .map(r -> new DeskView.Option(r.id(), r.name() == null ? r.id() : r.name(), false))
                .toList();
        List<DeskView.Option> grids = optional(() -> roster.grids(where)).orElse(List.of()).stream()
                .map(g -> new DeskView.Option(g.id(), g.name() == null ? g.id() : g.name(), false))
                .toList();
        return new PaperLogView(
                limit,
                Formats.inputValue(now),
                visit,
                visit.errorSummary(frame.language().messages(DeskMsg.class)),
                visitProblem,
                members.orElse(List.of()).stream()
                        .filter(MemberView::active)
                        .sorted(Comparator.comparing(MemberView::name, Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(m -> new DeskView.Option(m.id(), m.name(), false))
                        .toList(),
                members.isPresent(),
                rooms,
                grids,
                entry,
                entry.errorSummary(messages()),
                entryProblem,
                entered);
    }

    /** An empty visit: no time yet (the paper book's is typed in), one person, the user as duty member. */
    private VisitDraft emptyVisit(String where) {
        VisitForm form = new VisitForm();
        form.peopleCount = "1";
        form.dutyMemberId = user.memberId().orElse("");
        List<RoomView> rooms = optional(() -> roster.rooms(where)).orElse(List.of());
        form.roomId = rooms.size() == 1 ? rooms.get(0).id() : "";
        return VisitDraft.of(form);
    }

    /** What was just entered: the visit's cases or the single case, each with its tracking number. */
    private List<PaperLogView.Entered> entered(String where, String visitId, String caseId) {
        List<String> ids = List.of();
        if (caseId != null && ID.matcher(caseId).matches()) {
            ids = List.of(caseId);
        } else if (visitId != null && ID.matcher(visitId).matches()) {
            ids = optional(() -> reception.visit(where, visitId))
                    .map(ReceptionVisitView::caseIds)
                    .orElse(List.of());
        }
        return ids.stream()
                .map(id -> optional(() -> cases.get(where, id))
                        .map(c -> new PaperLogView.Entered(c.id(), c.trackingNumber(), c.title()))
                        .orElse(new PaperLogView.Entered(id, null, null)))
                .toList();
    }

    /**
     * The problem with its field errors in the user's words where the reason is known: a time further back than the
     * community allows is said as the sentence above the form says it, not in the service's English.
     */
    private ServiceProblem inOurWords(ServiceProblem problem) {
        if (!TOO_OLD.equals(problem.slug())) {
            return problem;
        }
        String sentence = problems.describe(problem);
        ServiceProblem copy = ServiceProblem.ofStatus(problem.status);
        copy.type = problem.type;
        copy.title = problem.title;
        copy.detail = problem.detail;
        copy.errors = problem.errors().stream()
                .map(e -> new ServiceProblem.FieldError(e.field(), sentence))
                .toList();
        copy.extensions().putAll(problem.extensions());
        return copy;
    }

    /** A field error of our own, in the shape the visit form's errors take. */
    private static ServiceProblem fieldError(String field, String message) {
        ServiceProblem problem = ServiceProblem.ofStatus(400);
        problem.errors = List.of(new ServiceProblem.FieldError(field, message));
        return problem;
    }

    private PaperLogMsg messages() {
        return frame.language().messages(PaperLogMsg.class);
    }
}
