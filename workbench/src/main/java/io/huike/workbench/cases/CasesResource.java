package io.huike.workbench.cases;

import static io.huike.workbench.clients.PageParts.joined;

import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.roles.Roles;
import io.huike.workbench.cases.client.CaseClient;
import io.huike.workbench.cases.client.CaseCommands;
import io.huike.workbench.cases.client.CaseRecord;
import io.huike.workbench.cases.client.CaseSettings;
import io.huike.workbench.clients.PageParts;
import io.huike.workbench.clients.ServiceProblem;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.clients.Versions;
import io.huike.workbench.layout.Formats;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.layout.ProblemMessages;
import io.huike.workbench.roster.client.MemberView;
import io.huike.workbench.roster.client.RosterClient;
import io.huike.workbench.session.CurrentCommunity;
import io.huike.workbench.session.SignedInUser;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The cases pages: the user's own cases, the community's queue with its filters, and a case with its timeline and
 * the actions its status allows. Every action is a form that sends the case's version as the page showed it; a
 * refusal is shown next to that form, a success goes back to the case.
 */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class CasesResource {

    private static final Logger LOG = Logger.getLogger(CasesResource.class);
    private static final int PAGE_SIZE = 20;
    /** Reminders (催办) look this far ahead. */
    private static final int REMINDER_HOURS = 24;
    /** The queue's status filter value for every status but closed. */
    static final String OPEN = "OPEN";

    /** Every case not yet closed: what "my cases" lists. */
    private static final CaseListView.Filter OPEN_ONLY = new CaseListView.Filter(true, null, null, false, "");

    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final CaseClient cases;
    private final RosterClient roster;
    private final CurrentCommunity community;
    private final SignedInUser user;
    private final PageFrame frame;
    private final ProblemMessages problems;
    private final PageParts parts;

    CasesResource(
            @RestClient CaseClient cases,
            @RestClient RosterClient roster,
            CurrentCommunity community,
            SignedInUser user,
            PageFrame frame,
            ProblemMessages problems,
            PageParts parts) {
        this.cases = cases;
        this.roster = roster;
        this.community = community;
        this.user = user;
        this.frame = frame;
        this.problems = problems;
        this.parts = parts;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CaseListView view);

        static native TemplateInstance detail(CaseDetailView view);
    }

    /** The community's queue: open cases by default, filtered by status, category, overdue and text. */
    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    public TemplateInstance queue(
            @QueryParam("status") String status,
            @QueryParam("category") String category,
            @QueryParam("overdue") String overdue,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        String id = community.require();
        CaseListView.Filter filter = filterOf(status, category, overdue, q);
        int from = Math.max(0, page);
        boolean reminders = user.hasAnyRole(List.of(Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN));
        // The names and the reminders are asked beside the page of cases, not after it.
        CompletableFuture<Map<String, String>> askedNames = parts.async(() -> memberNames(id));
        CompletableFuture<List<CaseRecord>> askedDue =
                reminders ? parts.async(() -> dueSoon(id)) : CompletableFuture.completedFuture(List.of());
        RestResponse<List<CaseRecord>> found = cases.list(
                id,
                statusesOf(filter),
                filter.category() == null ? null : filter.category().name(),
                null,
                filter.overdue() ? Boolean.TRUE : null,
                filter.q().isEmpty() ? null : filter.q(),
                "NEWEST",
                from,
                PAGE_SIZE);
        Map<String, String> names = joined(askedNames);
        List<CaseListView.Row> due = rows(joined(askedDue), names, c -> true);
        return frame.render(Templates.list(listView(false, false, filter, found, from, names, due, reminders)));
    }

    /** The open cases assigned to the user's member id, newest first, with theirs that fall due soon. */
    @GET
    @Path("/mine")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    public TemplateInstance mine(@QueryParam("page") @DefaultValue("0") int page) {
        String id = community.require();
        CaseListView.Filter filter = new CaseListView.Filter(false, null, null, false, "");
        if (user.memberId().isEmpty()) {
            return frame.render(Templates.list(
                    new CaseListView(true, true, filter, List.of(), 0, 0, null, null, List.of(), false)));
        }
        String member = user.memberId().get();
        int from = Math.max(0, page);
        CompletableFuture<Map<String, String>> askedNames = parts.async(() -> memberNames(id));
        CompletableFuture<List<CaseRecord>> askedDue = parts.async(() -> dueSoon(id));
        RestResponse<List<CaseRecord>> found =
                cases.list(id, statusesOf(OPEN_ONLY), null, member, null, null, "NEWEST", from, PAGE_SIZE);
        Map<String, String> names = joined(askedNames);
        List<CaseListView.Row> due = rows(joined(askedDue), names, c -> member.equals(c.assigneeId()));
        return frame.render(Templates.list(listView(true, false, filter, found, from, names, due, true)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        String caseId = caseId(id);
        CaseForm succeeded = CaseForm.ofSlug(done).orElse(null);
        return frame.render(Templates.detail(detailView(community.require(), caseId, succeeded, null)));
    }

    /**
     * A form's address asked for with GET: what the browser does when a session ended while the form was open and the
     * sign-in brought it back here. The case is shown again; the form can be sent from there.
     */
    @GET
    @Path("/{id}/{form}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    public Response backToTheCase(@PathParam("id") String id) {
        return Response.seeOther(URI.create("/cases/" + encode(caseId(id)))).build();
    }

    /** One action on the case, sent with the version the page showed (If-Match). */
    @POST
    @Path("/{id}/{form}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    public Response act(@PathParam("id") String id, @PathParam("form") String slug, @BeanParam ActionFields fields) {
        String caseId = caseId(id);
        CaseForm form = CaseForm.ofSlug(slug).orElseThrow(NotFoundException::new);
        String where = community.require();
        ActionCommand command = new ActionCommand(fields, frame.messages());
        Object body = command.body(form);
        if (!command.errors().isEmpty()) {
            CaseDetailView.Failure failure = new CaseDetailView.Failure(
                    form.slug(), frame.messages().formHasErrors(), command.errors(), fields.entered());
            return page(400, detailView(where, caseId, null, failure));
        }
        String ifMatch = Versions.ifMatch(fields.version);
        try {
            send(form, where, caseId, ifMatch, body, fields);
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401 || refused.status() == 404) {
                throw refused;
            }
            Map<String, String> actors = actorNames(where);
            CaseDetailView.Failure failure = new CaseDetailView.Failure(
                    form.slug(),
                    problems.describe(refused.problem(), actor -> actors.getOrDefault(actor, actor)),
                    fieldErrorsOf(refused.problem()),
                    fields.entered());
            return page(refused.status(), detailView(where, caseId, null, failure));
        }
        return Response.seeOther(URI.create("/cases/" + encode(caseId) + "?done=" + form.slug() + "#outcome"))
                .build();
    }

    private void send(CaseForm form, String where, String id, String ifMatch, Object body, ActionFields fields) {
        switch (form) {
            case ASSIGN -> cases.assign(where, id, ifMatch, (CaseCommands.Assign) body);
            case START -> cases.start(where, id, ifMatch, (CaseCommands.Start) body);
            case REFER -> cases.refer(where, id, ifMatch, (CaseCommands.Refer) body);
            case ANSWER_REFERRAL ->
                cases.answerReferral(where, id, caseId(fields.referralId), ifMatch, (CaseCommands.AnswerReferral) body);
            case ESCALATE -> cases.escalate(where, id, ifMatch, (CaseCommands.Escalate) body);
            case ANSWER_ESCALATION -> cases.answerEscalation(where, id, ifMatch, (CaseCommands.AnswerEscalation) body);
            case RESOLVE -> cases.resolve(where, id, ifMatch, (CaseCommands.Resolve) body);
            case GIVE_FEEDBACK -> cases.giveFeedback(where, id, ifMatch, (CaseCommands.GiveFeedback) body);
            case CLOSE -> cases.close(where, id, ifMatch);
            case REOPEN -> cases.reopen(where, id, ifMatch, (CaseCommands.Reopen) body);
            case REQUEST_EXTENSION -> cases.requestExtension(where, id, ifMatch, (CaseCommands.RequestExtension) body);
            case APPROVE_EXTENSION -> cases.approveExtension(where, id, ifMatch);
            case NOTE -> cases.note(where, id, (CaseCommands.Note) body);
            case HOTLINE_ACKNOWLEDGE -> cases.acknowledgeHotlineOrder(where, id, ifMatch);
            case HOTLINE_RETURN -> cases.returnHotlineOrder(where, id, ifMatch, (CaseCommands.ReturnToHotline) body);
            case HOTLINE_REPLY -> cases.replyToHotline(where, id, ifMatch, (CaseCommands.ReplyToHotline) body);
        }
    }

    private Response page(int status, CaseDetailView view) {
        return Response.status(status)
                .entity(frame.render(Templates.detail(view)))
                .build();
    }

    private CaseDetailView detailView(String where, String id, CaseForm done, CaseDetailView.Failure failure) {
        CaseRecord c = cases.get(where, id);
        Instant now = Instant.now();
        boolean closingNeedsAdmin = closingNeedsAdmin(where);
        List<CaseForm> forms = CaseForms.offered(c, user.roles(), closingNeedsAdmin, now);
        Map<String, String> names = actorNames(where);
        List<CaseDetailView.MemberOption> members = forms.contains(CaseForm.ASSIGN)
                ? activeMembers(where).stream()
                        .map(m -> new CaseDetailView.MemberOption(m.id(), m.name()))
                        .toList()
                : List.of();
        return new CaseDetailView(
                c,
                nameOf(c.assigneeId(), names),
                DeadlineView.of(c.firstContact(), now),
                DeadlineView.of(c.feedback(), now),
                forms,
                CaseForms.closingAwaitsAdmin(c, user.roles(), closingNeedsAdmin),
                closingNeedsAdmin && user.hasRole(Roles.COMMUNITY_ADMIN),
                members,
                CaseForms.extendable(c, now),
                c.referrals().stream()
                        .filter(CaseRecord.ReferralRecord::awaitsAnswer)
                        .toList(),
                done,
                failure,
                Formats.inputValue(now),
                YearMonth.now(Formats.ZONE).toString(),
                names);
    }

    private CaseListView listView(
            boolean mine,
            boolean memberMissing,
            CaseListView.Filter filter,
            RestResponse<List<CaseRecord>> found,
            int page,
            Map<String, String> names,
            List<CaseListView.Row> due,
            boolean remindersShown) {
        Instant now = Instant.now();
        List<CaseListView.Row> rows =
                found.getEntity().stream().map(c -> row(c, names, now)).toList();
        long total = totalOf(found, rows.size());
        String base = mine ? "/cases/mine?" : "/cases?" + filterQuery(filter);
        String previous = page > 0 ? base + "page=" + (page - 1) : null;
        String next = (long) (page + 1) * PAGE_SIZE < total ? base + "page=" + (page + 1) : null;
        return new CaseListView(mine, memberMissing, filter, rows, total, page, previous, next, due, remindersShown);
    }

    /** The open cases whose deadlines fall due soon; none when case-service cannot tell. */
    private List<CaseRecord> dueSoon(String where) {
        try {
            return cases.reminders(where, REMINDER_HOURS);
        } catch (ServiceProblemException | ProcessingException unavailable) {
            LOG.debugf("Reminders not available: %s", unavailable.getMessage());
            return List.of();
        }
    }

    private static List<CaseListView.Row> rows(
            List<CaseRecord> due, Map<String, String> names, java.util.function.Predicate<CaseRecord> shown) {
        Instant now = Instant.now();
        return due.stream().filter(shown).map(c -> row(c, names, now)).toList();
    }

    private static CaseListView.Row row(CaseRecord c, Map<String, String> names, Instant now) {
        return new CaseListView.Row(
                c,
                nameOf(c.assigneeId(), names),
                DeadlineView.of(c.firstContact(), now),
                DeadlineView.of(c.feedback(), now));
    }

    private boolean closingNeedsAdmin(String where) {
        try {
            CaseSettings settings = cases.settings(where);
            return settings == null || settings.closingNeedsAdmin();
        } catch (ServiceProblemException | ProcessingException unknown) {
            // Without the settings the stricter rule holds; the service decides anyway.
            return true;
        }
    }

    private List<MemberView> activeMembers(String where) {
        try {
            return roster.members(where).stream()
                    .filter(MemberView::active)
                    .sorted(Comparator.comparing(MemberView::name, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        } catch (ServiceProblemException | ProcessingException unavailable) {
            LOG.debugf("Members not available: %s", unavailable.getMessage());
            return List.of();
        }
    }

    private Map<String, String> memberNames(String where) {
        try {
            return roster.members(where).stream()
                    .filter(m -> m.id() != null && m.name() != null)
                    .collect(Collectors.toMap(MemberView::id, MemberView::name, (a, b) -> a));
        } catch (ServiceProblemException | ProcessingException unavailable) {
            LOG.debugf("Member names not available: %s", unavailable.getMessage());
            return Map.of();
        }
    }

    /**
     * The names of whoever can act on a case: members by their ids, and the service's own actors (assignment at
     * registration, the deadline watch) in the user's language.
     */
    private Map<String, String> actorNames(String where) {
        Map<String, String> names = new java.util.HashMap<>(memberNames(where));
        CaseMsg words = frame.language().messages(CaseMsg.class);
        names.put("auto-assignment", words.actorAutoAssignment());
        names.put("deadline-watch", words.actorDeadlineWatch());
        return names;
    }

    private static String nameOf(String memberId, Map<String, String> names) {
        return memberId == null ? null : names.getOrDefault(memberId, memberId);
    }

    private static String filterQuery(CaseListView.Filter filter) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", filter.status() != null ? filter.status().name() : filter.open() ? OPEN : "");
        if (filter.category() != null) {
            query.put("category", filter.category().name());
        }
        if (filter.overdue()) {
            query.put("overdue", "on");
        }
        if (!filter.q().isEmpty()) {
            query.put("q", filter.q());
        }
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue()) + "&")
                .collect(Collectors.joining());
    }

    private static long totalOf(RestResponse<?> found, int shown) {
        String header = found.getHeaderString("X-Total-Count");
        try {
            return header == null ? shown : Long.parseLong(header.strip());
        } catch (NumberFormatException unreadable) {
            return shown;
        }
    }

    /** The queue's filter from its query: open cases unless a status or all statuses (empty) are asked for. */
    static CaseListView.Filter filterOf(String status, String category, String overdue, String q) {
        String s = status == null ? OPEN : status.strip();
        CaseStatus one = java.util.Arrays.stream(CaseStatus.values())
                .filter(v -> v.name().equals(s))
                .findFirst()
                .orElse(null);
        boolean open = one == null && !s.isEmpty();
        Category c = category == null
                ? null
                : java.util.Arrays.stream(Category.values())
                        .filter(v -> v.name().equals(category.strip()))
                        .findFirst()
                        .orElse(null);
        return new CaseListView.Filter(open, one, c, overdue != null, trim(q));
    }

    /** The statuses the filter stands for; null for every status. */
    static List<String> statusesOf(CaseListView.Filter filter) {
        if (filter.status() != null) {
            return List.of(filter.status().name());
        }
        if (filter.open()) {
            return CaseStatus.where(CaseStatus::isOpen).stream().map(Enum::name).toList();
        }
        return null;
    }

    private static String trim(String q) {
        if (q == null) {
            return "";
        }
        String t = q.strip();
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    /** A case or referral id as it may stand in a path to case-service; anything else finds nothing. */
    private static String caseId(String id) {
        if (id == null || !CASE_ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        return id;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The refusal's field errors by field name, as the forms name their fields. */
    static Map<String, String> fieldErrorsOf(ServiceProblem problem) {
        return problem.errors().stream()
                .filter(e -> e.field() != null)
                .collect(Collectors.toMap(
                        ServiceProblem.FieldError::field,
                        e -> e.message() == null ? "" : e.message(),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }
}
